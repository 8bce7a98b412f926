package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.codec.pcap.write.DhcpWire;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DhcpLease;
import io.wormbench.traffic.event.NtpMessage;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import java.util.List;

/**
 * The infrastructure chatter of a Windows host: w32time NTP (RFC 5905, client mode 3 and
 * server mode 4, both on port 123), NetBIOS datagram browser announcements (RFC 1002, UDP 138
 * broadcast), SSDP M-SEARCH multicasts (UPnP Device Architecture 1.1, 239.255.255.250:1900),
 * DHCP renewals (RFC 2131 section 4.4.5, unicast REQUEST/ACK), and ICMP (RFC 792) echo and
 * port-unreachable. Multicast and broadcast datagrams get no reply on their own flow, as
 * Zeek sees them. Datagrams with no records are sent by the pcap writer at one instant, so
 * those flows have no duration.
 */
final class Chatter {
  /** An external time source for the DC at the root of the domain's time hierarchy. */
  static final int EXTERNAL_NTP = Ipv4.parse("162.159.200.1");
  static final int SSDP_GROUP = 0xEFFFFFFA;

  private Chatter() {}

  /** One w32time poll: request and reply. */
  static void ntp(World w, DomainContext d, Host client, int server, long ts, int stratum) {
    if (w.blocked(client.address(), server, ts)) {
      return;
    }
    String uid = w.uid();
    int h = d.bits(client);
    ConnId id = new ConnId(client.address(), 123, server, 123);
    long rtt = 300 + (h & 0x7ff) + (w.network().internal(server) ? 0 : 8_000 + (h >>> 11 & 0x3fff));
    w.emit(new Connection(ts, uid, id, Transport.UDP, "ntp", rtt, 48, 48, 1, 1, ConnState.SF));
    long poll = 1_024_000_000L;
    w.emit(new NtpMessage(ts, uid, id, 3, 3, 0, poll, 0, 0, 0, "", 0, 0, 0, ts, 0));
    long mid = ts + rtt / 2;
    w.emit(new NtpMessage(ts + rtt, uid, id, 3, 4, stratum, poll, 0, 15_000, 40_000,
        stratum > 1 ? Ipv4.format(server ^ 1) : "GPS", ts - 600_000_000L, ts, mid, mid, 0));
  }

  /** A datagram flow with no reply and no records (NetBIOS datagrams, SSDP). */
  static void datagrams(World w, Host client, int srcPort, int dst, int port, long ts,
      int packets, long bytes) {
    if (w.blocked(client.address(), dst, ts)) {
      return;
    }
    w.emit(new Connection(ts, w.uid(), new ConnId(client.address(), srcPort, dst, port),
        Transport.UDP, "", 0, bytes, 0, packets, 0, ConnState.S0));
  }

  /** A browser host announcement to the subnet broadcast. */
  static void browser(World w, Host client, long ts) {
    datagrams(w, client, 138, DomainDns.broadcast(client), 138, ts, 1,
        201 + client.name().length() + (int) (ts % 24));
  }

  /** An SSDP discovery: M-SEARCH sent two or three times. */
  static void ssdp(World w, Host client, long ts) {
    int n = 2 + (int) (ts & 1);
    datagrams(w, client, client.ephemeralPort(), SSDP_GROUP, 1900, ts, n, n * 132L);
  }

  /** ICMP echo request and reply. */
  static void echo(World w, Host client, Host target, long ts) {
    if (w.blocked(client.address(), target.address(), ts)) {
      return;
    }
    w.emit(new Connection(ts, w.uid(), new ConnId(client.address(), 8, target.address(), 0),
        Transport.ICMP, "", 0, 32, 32, 1, 1, ConnState.OTH));
  }

  /**
   * A unicast NetBIOS name query to a host that runs no NetBIOS, which answers ICMP port
   * unreachable quoting the query.
   */
  static void unreachable(World w, Host client, Host target, long ts) {
    String q = DomainDns.query(w, client, 137, target.address(), 137, ts,
        target.name().toUpperCase(java.util.Locale.ROOT), "NB", "", List.of(), 0, 0, false);
    if (q.isEmpty()) {
      return;
    }
    long bytes = 28 + DomainDns.queryBytes(target.name());
    w.emit(new Connection(ts + 400, w.uid(), new ConnId(target.address(), 3, client.address(),
        3), Transport.ICMP, "", 0, bytes, 0, 1, 0, ConnState.OTH));
  }

  /** A DHCP renewal (REQUEST/ACK) to the host's DHCP server. */
  static void dhcp(World w, DomainContext d, Host client, Host server, long ts, long lease) {
    if (w.blocked(client.address(), server.address(), ts)) {
      return;
    }
    String uid = w.uid();
    int h = d.bits(client);
    ConnId id = new ConnId(client.address(), 68, server.address(), 67);
    int i = client.index();
    String mac = String.format("00:15:5d:%02x:%02x:%02x", i >>> 16 & 0xff, i >>> 8 & 0xff,
        i & 0xff);
    long dur = 1_000 + (h & 0x1fff);
    DhcpLease l = new DhcpLease(ts, uid, id, mac, client.name(), client.dnsName(),
        d.dnsDomain(), 0, client.address(), lease, "", "", List.of("REQUEST", "ACK"), dur);
    long req = DhcpWire.message(l, "REQUEST", 0, client.address(), server.address()).length;
    long ack = DhcpWire.message(l, "ACK", 0, client.address(), server.address()).length;
    w.emit(new Connection(ts, uid, id, Transport.UDP, "dhcp", dur, req, ack, 1, 1,
        ConnState.SF));
    w.emit(l);
  }
}
