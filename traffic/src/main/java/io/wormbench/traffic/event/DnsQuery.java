package io.wormbench.traffic.event;

import java.util.List;
import java.util.Objects;

/**
 * A DNS request and its answer, as in Zeek's dns.log (base/protocols/dns/main.zeek; RFC 1035
 * header flags and classes).
 *
 * @param qtype query type name (A, AAAA, PTR, SRV, TXT, ...)
 * @param rcode response code name (NOERROR, NXDOMAIN, SERVFAIL, ...), empty without a response
 * @param answers answer values in order (addresses as dotted quads, names for CNAME/PTR, SRV as
 *     Zeek writes it: the target name)
 * @param rtt microseconds from the query to its response, 0 without a response (Zeek: unset)
 * @param qclass query class, 1 (C_INTERNET) for almost every query
 * @param ttls the answers' TTLs in microseconds, one per answer (Zeek's {@code TTLs})
 * @param aa authoritative answer flag
 * @param tc truncation flag
 * @param rd recursion desired flag
 * @param ra recursion available flag
 */
public record DnsQuery(long ts, String uid, ConnId id, String query, String qtype, String rcode,
    List<String> answers, long rtt, int qclass, List<Long> ttls, boolean aa, boolean tc,
    boolean rd, boolean ra) implements Event {
  /** Class IN. */
  public static final int CLASS_IN = 1;

  public DnsQuery {
    answers = List.copyOf(answers);
    ttls = List.copyOf(ttls);
    Objects.requireNonNull(rcode, "rcode");
    if (rtt < 0) {
      throw new IllegalArgumentException("negative rtt " + rtt);
    }
  }

  /**
   * A query as a stub resolver sends it (class IN, RD set) with the server's usual reply
   * flags: RA set when answered, not authoritative, not truncated; no RTT or TTLs known.
   */
  public DnsQuery(long ts, String uid, ConnId id, String query, String qtype, String rcode,
      List<String> answers) {
    this(ts, uid, id, query, qtype, rcode, answers, 0, CLASS_IN, List.of(), false, false, true,
        !rcode.isEmpty());
  }

  @Override
  public EventKind kind() {
    return EventKind.DNS;
  }
}
