package io.wormbench.traffic.event;

/**
 * The SNMP PDUs of one UDP session (RFC 3416 operations, RFC 1157/1901 v1/v2c community
 * messages), as in Zeek's snmp.log (base/protocols/snmp/main.zeek).
 *
 * @param duration microseconds from the first PDU to the last
 * @param version {@code 1}, {@code 2c} or {@code 3}
 * @param community the community string of the first message (empty for v3)
 * @param getRequests GetRequest and GetNextRequest PDUs
 * @param getBulkRequests GetBulkRequest PDUs
 * @param getResponses Response PDUs
 * @param setRequests SetRequest PDUs
 * @param displayString the first sysDescr value seen, empty when none
 * @param upSince the agent's boot time derived from sysUpTime, 0 when not seen
 */
public record SnmpExchange(long ts, String uid, ConnId id, long duration, String version,
    String community, long getRequests, long getBulkRequests, long getResponses,
    long setRequests, String displayString, long upSince) implements Event {
  @Override
  public EventKind kind() {
    return EventKind.SNMP;
  }
}
