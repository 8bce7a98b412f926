package io.wormbench.traffic.event;

import java.util.List;

/**
 * A DNS request and its answer, as in Zeek's dns.log.
 *
 * @param qtype query type name (A, AAAA, TXT, ...)
 * @param rcode response code name (NOERROR, NXDOMAIN, ...), empty without a response
 * @param answers answer values in order (addresses as dotted quads, names for CNAME)
 */
public record DnsQuery(long ts, String uid, ConnId id, String query, String qtype, String rcode,
    List<String> answers) implements Event {
  public DnsQuery {
    answers = List.copyOf(answers);
  }

  @Override
  public EventKind kind() {
    return EventKind.DNS;
  }
}
