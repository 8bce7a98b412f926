package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.DhcpLease;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The BOOTP/DHCP messages (RFC 2131 section 2, RFC 2132 options) of a {@link DhcpLease}, one per
 * message type, sent on the lease's Connection: client types (DISCOVER, REQUEST, DECLINE,
 * RELEASE, INFORM) from its originator, server types (OFFER, ACK, NAK) from its responder.
 * Client messages carry the client identifier (from the MAC), host name, FQDN, requested
 * address and a parameter request list; server messages the server identifier, lease time,
 * mask, router, DNS server and domain; each side's message option carries the record's text.
 * Messages are padded to BOOTP's 300 bytes.
 */
public final class DhcpWire {
  /** Message types by their option 53 value (RFC 2132 section 9.6). */
  public static final List<String> TYPES = List.of("", "DISCOVER", "OFFER", "REQUEST",
      "DECLINE", "ACK", "NAK", "RELEASE", "INFORM");

  private DhcpWire() {}

  /** True when {@code type} is sent by the client. */
  public static boolean fromClient(String type) {
    return !type.equals("OFFER") && !type.equals("ACK") && !type.equals("NAK");
  }

  /**
   * One message; {@code clientIp} and {@code serverIp} are the Connection's addresses (0.0.0.0
   * for a client without an address yet), {@code null} for an unknown type.
   */
  public static byte[] message(DhcpLease l, String type, int xid, int clientIp, int serverIp) {
    int code = TYPES.indexOf(type);
    if (code <= 0) {
      return null;
    }
    boolean client = fromClient(type);
    Wire w = new Wire(320);
    w.u8(client ? 1 : 2).u8(1).u8(6).u8(0).be32(xid).be16(0).be16(0);
    boolean hasAddr = type.equals("INFORM") || type.equals("RELEASE")
        || (type.equals("REQUEST") && l.requestedAddr() == 0);
    w.be32(hasAddr ? clientIp : 0); // ciaddr
    boolean assigns = type.equals("OFFER") || type.equals("ACK");
    w.be32(assigns ? l.assignedAddr() : 0); // yiaddr
    w.be32(0).be32(0); // siaddr, giaddr
    byte[] mac = mac(l.mac());
    w.bytes(mac).zeros(16 - mac.length).zeros(64).zeros(128);
    w.be32(0x63825363L);
    w.u8(53).u8(1).u8(code);
    if (client) {
      if (l.mac().length() == 17) {
        w.u8(61).u8(7).u8(1).bytes(mac);
      }
      if (l.requestedAddr() != 0 && (type.equals("REQUEST") || type.equals("DISCOVER"))) {
        w.u8(50).u8(4).be32(l.requestedAddr());
      }
      text(w, 12, l.hostName());
      if (!l.clientFqdn().isEmpty()) {
        byte[] n = l.clientFqdn().getBytes(StandardCharsets.US_ASCII);
        w.u8(81).u8(3 + n.length).u8(0).u8(0).u8(0).bytes(n);
      }
      text(w, 56, l.clientMessage());
      if (!type.equals("RELEASE") && !type.equals("DECLINE")) {
        w.u8(55).u8(8).u8(1).u8(3).u8(6).u8(15).u8(31).u8(33).u8(43).u8(121);
      }
    } else {
      w.u8(54).u8(4).be32(serverIp);
      if (assigns && l.leaseTime() > 0) {
        long s = l.leaseTime() / 1_000_000;
        w.u8(51).u8(4).be32(s);
        w.u8(58).u8(4).be32(s / 2).u8(59).u8(4).be32(s * 7 / 8);
      }
      if (assigns) {
        w.u8(1).u8(4).be32(0xffffff00L).u8(3).u8(4).be32((serverIp & 0xffffff00) | 1);
        w.u8(6).u8(4).be32(serverIp);
      }
      text(w, 15, l.domain());
      text(w, 56, l.serverMessage());
    }
    w.u8(255);
    while (w.size() < 300) {
      w.u8(0);
    }
    return w.toArray();
  }

  private static void text(Wire w, int option, String s) {
    if (!s.isEmpty()) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      int n = Math.min(255, b.length);
      w.u8(option).u8(n).bytes(b, 0, n);
    }
  }

  /** The six bytes of {@code aa:bb:cc:dd:ee:ff}; zeros when the text is not a MAC. */
  static byte[] mac(String text) {
    byte[] out = new byte[6];
    String[] p = text.split(":");
    if (p.length != 6) {
      return out;
    }
    try {
      for (int i = 0; i < 6; i++) {
        out[i] = (byte) Integer.parseInt(p[i], 16);
      }
    } catch (NumberFormatException e) {
      return new byte[6];
    }
    return out;
  }
}
