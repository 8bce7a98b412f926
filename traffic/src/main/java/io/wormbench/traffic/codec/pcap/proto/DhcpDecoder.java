package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.DhcpLease;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DHCP over UDP 67/68 (RFC 2131, RFC 2132 options): the messages of each transaction id merged
 * into one {@link DhcpLease} the way Zeek's dhcp/main.zeek builds a dhcp.log row, emitted when
 * the flow ends: the client's address from its own unicast source (else the assigned one), the
 * server's address only when it assigned one, the MAC from the client identifier (else chaddr),
 * host name, FQDN, requested address, lease time, domain, each side's message, the types in
 * order and the time from the first message to the last.
 */
final class DhcpDecoder extends AppDecoder {
  private static final String[] TYPES = {"", "DISCOVER", "OFFER", "REQUEST", "DECLINE", "ACK",
      "NAK", "RELEASE", "INFORM", "FORCERENEW", "LEASEQUERY", "LEASEUNASSIGNED",
      "LEASEUNKNOWN", "LEASEACTIVE"};

  private static final class Txn {
    long first;
    long last;
    int clientAddr;
    int serverAddr;
    String mac = "";
    String chaddr = "";
    String hostName = "";
    String fqdn = "";
    String domain = "";
    int requested;
    int assigned;
    long lease;
    String clientMessage = "";
    String serverMessage = "";
    final List<String> types = new ArrayList<>();
  }

  private final Map<Integer, Txn> txns = new LinkedHashMap<>();

  @Override
  public String service() {
    return "dhcp";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int end = off + len;
    if (len < 240 || Bytes.be16(b, off + 236, end) != 0x6382 || Bytes.be16(b, off + 238, end)
        != 0x5363) {
      f.log().add(f.offset(), SkipLog.APP_MALFORMED, "DHCP message of " + len + " bytes");
      return;
    }
    confirmed = true;
    int xid = be32(b, off + 4);
    Txn t = txns.computeIfAbsent(xid, k -> {
      Txn n = new Txn();
      n.first = ts;
      return n;
    });
    t.last = ts;
    int yiaddr = be32(b, off + 16);
    String chaddr = mac(b, off + 28);
    int type = 0;
    String hostName = "";
    String fqdn = "";
    String domain = "";
    String message = "";
    String clientId = "";
    int requested = 0;
    long lease = -1;
    for (int p = off + 240; p < end; ) {
      int opt = b[p] & 0xff;
      if (opt == 255) {
        break;
      }
      if (opt == 0) {
        p++;
        continue;
      }
      if (p + 2 > end || p + 2 + (b[p + 1] & 0xff) > end) {
        f.log().add(f.offset(), SkipLog.APP_MALFORMED, "DHCP option " + opt);
        break;
      }
      int n = b[p + 1] & 0xff;
      int v = p + 2;
      switch (opt) {
        case 53 -> type = n >= 1 ? b[v] & 0xff : 0;
        case 12 -> hostName = Bytes.latin1(b, v, n, end);
        case 81 -> fqdn = n > 3 ? Bytes.latin1(b, v + 3, n - 3, end) : "";
        case 15 -> domain = Bytes.latin1(b, v, n, end);
        case 56 -> message = Bytes.latin1(b, v, n, end);
        case 50 -> requested = n == 4 ? be32(b, v) : 0;
        case 51 -> lease = n == 4 ? (be32(b, v) & 0xffffffffL) : -1;
        case 61 -> clientId = n == 7 && b[v] == 1 ? mac(b, v + 1) : "";
        default -> { }
      }
      p = v + n;
    }
    t.types.add(type > 0 && type < TYPES.length ? TYPES[type] : "UNKNOWN_" + type);
    ConnId id = f.id();
    boolean client = fromOrig && (id.origH() == 0 || id.origP() == 68 || id.respP() == 67);
    if (!message.isEmpty()) {
      if (client) {
        t.clientMessage = message;
      } else {
        t.serverMessage = message;
      }
    }
    if (client) {
      if (id.origH() != 0 && id.origH() != -1) {
        t.clientAddr = id.origH();
      }
      if (!hostName.isEmpty()) {
        t.hostName = hostName;
      }
      if (!fqdn.isEmpty()) {
        t.fqdn = fqdn;
      }
      if (!clientId.isEmpty()) {
        t.mac = clientId;
      } else {
        t.chaddr = chaddr;
      }
      if (requested != 0) {
        t.requested = requested;
      }
    } else {
      if (yiaddr != 0) {
        t.serverAddr = fromOrig ? id.origH() : id.respH();
        t.assigned = yiaddr;
      }
      if (!chaddr.isEmpty() && t.mac.isEmpty()) {
        t.mac = chaddr;
      }
      if (t.clientAddr == 0 && t.assigned != 0) {
        t.clientAddr = t.assigned;
      }
      if (!domain.isEmpty()) {
        t.domain = domain;
      }
      if (lease >= 0) {
        t.lease = lease * 1_000_000L;
      }
    }
  }

  @Override
  public boolean done() {
    return false;
  }

  @Override
  public void end(FlowContext f) {
    for (Txn t : txns.values()) {
      String mac = t.mac.isEmpty() ? t.chaddr : t.mac;
      f.emit(new DhcpLease(t.first, f.uid(), new ConnId(t.clientAddr, 68, t.serverAddr, 67), mac,
          t.hostName, t.fqdn, t.domain, t.requested, t.assigned, t.lease, t.clientMessage,
          t.serverMessage, t.types, t.last - t.first));
    }
    txns.clear();
  }

  private static int be32(byte[] b, int p) {
    return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8
        | (b[p + 3] & 0xff);
  }

  private static String mac(byte[] b, int p) {
    StringBuilder sb = new StringBuilder(17);
    for (int i = 0; i < 6; i++) {
      if (i > 0) {
        sb.append(':');
      }
      sb.append(Character.forDigit((b[p + i] >> 4) & 15, 16)).append(Character.forDigit(b[p + i] & 15, 16));
    }
    return sb.toString();
  }
}
