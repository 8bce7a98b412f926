package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Transport;
import java.util.List;

/**
 * DNS over UDP as a Windows stub resolver and its DC resolver exchange it (RFC 1035; AAAA
 * RFC 3596, SRV RFC 2782), and the multicast and broadcast name services Windows falls back
 * to for single-label names (LLMNR RFC 4795 on 224.0.0.252:5355, mDNS RFC 6762 on
 * 224.0.0.251:5353, NetBIOS name service RFC 1002 on UDP 137), all logged by Zeek's DNS
 * analyzer. Message sizes are computed as the pcap writer encodes them (uncompressed question,
 * answers pointing at it; DnsSizesTest checks them against the writer).
 */
public final class DomainDns {
  /** LLMNR's IPv4 group. */
  static final int LLMNR_GROUP = 0xE00000FC;
  /** mDNS's IPv4 group. */
  static final int MDNS_GROUP = 0xE00000FB;

  private DomainDns() {}

  /** Bytes of the query message for {@code name}. */
  public static long queryBytes(String name) {
    return 12 + nameBytes(name) + 4;
  }

  /** Bytes of the response with {@code answers} of {@code qtype}. */
  public static long responseBytes(String name, String qtype, List<String> answers) {
    long n = queryBytes(name);
    for (String a : answers) {
      if (qtype.equals("A") && a.indexOf(':') < 0 && a.chars().filter(c -> c == '.').count() == 3
          && a.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
        n += 16;
      } else if (qtype.equals("SRV")) {
        n += 18 + nameBytes(a);
      } else {
        n += 12 + nameBytes(a);
      }
    }
    return n;
  }

  private static long nameBytes(String dotted) {
    return dotted.isEmpty() ? 1 : dotted.length() + 2;
  }

  /**
   * One query of {@code client} to {@code server}:{@code port}; an empty {@code rcode} means no
   * reply. {@code rtt} is the answer's delay, {@code ttl} the TTL of every answer.
   */
  public static String query(World w, Host client, int srcPort, int server, int port, long ts,
      String name, String qtype, String rcode, List<String> answers, long rtt, long ttl,
      boolean authoritative) {
    if (w.blocked(client.address(), server, ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(client.address(), srcPort, server, port);
    boolean answered = !rcode.isEmpty();
    List<String> a = answered ? answers : List.of();
    long q = queryBytes(name);
    long resp = answered ? responseBytes(name, qtype, a) : 0;
    w.emit(new Connection(ts, uid, id, Transport.UDP, "dns", answered ? rtt : 0, q, resp, 1,
        answered ? 1 : 0, answered ? ConnState.SF : ConnState.S0));
    List<Long> ttls = a.isEmpty() ? List.of() : a.size() == 1 ? List.of(ttl)
        : java.util.Collections.nCopies(a.size(), ttl);
    w.emit(new DnsQuery(ts, uid, id, name, qtype, rcode, a, answered ? rtt : 0,
        DnsQuery.CLASS_IN, ttls, answered && authoritative, false, port == 53, answered));
    return uid;
  }

  /** A query to the client's resolver (its DC); nothing when the client is that DC. */
  static String resolver(World w, Host client, long ts, String name, String qtype, String rcode,
      List<String> answers, long rtt, long ttl, boolean authoritative) {
    Host dns = w.network().resolver(client);
    if (dns == client) {
      return "";
    }
    return query(w, client, client.ephemeralPort(), dns.address(), 53, ts, name, qtype, rcode,
        answers, rtt, ttl, authoritative);
  }

  /**
   * What Windows does when DNS has no answer for a single-label name: LLMNR and mDNS
   * multicasts and a NetBIOS broadcast, none answered.
   */
  static void fallback(World w, Host client, long ts, String label, boolean mdns,
      boolean netbios) {
    query(w, client, client.ephemeralPort(), LLMNR_GROUP, 5355, ts, label, "A", "", List.of(),
        0, 0, false);
    if (mdns) {
      query(w, client, 5353, MDNS_GROUP, 5353, ts + 150, label + ".local", "A", "", List.of(),
          0, 0, false);
    }
    if (netbios) {
      query(w, client, 137, broadcast(client), 137, ts + 300, label.toUpperCase(
          java.util.Locale.ROOT), "NB", "", List.of(), 0, 0, false);
    }
  }

  /** The directed broadcast of the host's /24. */
  static int broadcast(Host h) {
    return h.address() | 0xff;
  }
}
