package io.wormbench.traffic.event;

import java.util.List;

/**
 * One DHCP transaction (RFC 2131: DISCOVER/OFFER/REQUEST/ACK, a renewal's REQUEST/ACK, an
 * INFORM, a NAK or DECLINE), as in Zeek's dhcp.log (base/protocols/dhcp/main.zeek), which has
 * no conn_id: {@code id} holds Zeek's {@code client_addr} and {@code server_addr} (0.0.0.0 when
 * Zeek leaves them unset) with the ports 68 and 67, and {@code uid} the first of Zeek's
 * {@code uids}. Addresses are IPv4 {@code int}s, 0 when absent.
 *
 * @param mac the client's hardware address, {@code aa:bb:cc:dd:ee:ff}
 * @param hostName the client's Host Name option (12)
 * @param clientFqdn the client's FQDN option (81)
 * @param domain the server's Domain Name option (15)
 * @param requestedAddr the client's Requested IP Address option (50), 0 when absent
 * @param assignedAddr the server's yiaddr, 0 when none was assigned
 * @param leaseTime the IP Address Lease Time option (51) in microseconds, 0 when absent
 * @param clientMessage the client's Message option (56), usually with a DECLINE
 * @param serverMessage the server's Message option (56), usually with a NAK
 * @param msgTypes the message types in order ({@code DISCOVER}, {@code OFFER}, ...)
 * @param duration microseconds from the first message to the last
 */
public record DhcpLease(long ts, String uid, ConnId id, String mac, String hostName,
    String clientFqdn, String domain, int requestedAddr, int assignedAddr, long leaseTime,
    String clientMessage, String serverMessage, List<String> msgTypes, long duration)
    implements Event {
  /** The client's port. */
  public static final int CLIENT_PORT = 68;
  /** The server's port. */
  public static final int SERVER_PORT = 67;

  public DhcpLease {
    msgTypes = List.copyOf(msgTypes);
  }

  @Override
  public EventKind kind() {
    return EventKind.DHCP;
  }
}
