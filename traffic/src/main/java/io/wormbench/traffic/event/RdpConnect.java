package io.wormbench.traffic.event;

/**
 * An RDP connection request, as in Zeek's rdp.log.
 *
 * @param cookie the X.224 routing cookie's user ({@code mstshash=<cookie>}), empty if absent
 * @param result Zeek's result: {@code encrypted} once the server chose TLS or CredSSP (Zeek
 *     sees no more), {@code Success} for standard RDP security, a refusal by its
 *     RDP_NEG_FAILURE code name ({@code SSL_NOT_ALLOWED_BY_SERVER}, ...); empty when unknown
 * @param securityProtocol the protocol the server selected (Zeek's security_protocol: RDP,
 *     SSL, HYBRID, HYBRID_EX, RDSTLS), empty when none was negotiated
 */
public record RdpConnect(long ts, String uid, ConnId id, String cookie, String result,
    String securityProtocol) implements Event {
  /** A connection request whose security protocol is unknown. */
  public RdpConnect(long ts, String uid, ConnId id, String cookie, String result) {
    this(ts, uid, id, cookie, result, "");
  }

  /** True when the server refused the negotiation (an RDP_NEG_FAILURE code name as result). */
  public boolean refused() {
    return switch (result) {
      case "SSL_REQUIRED_BY_SERVER", "SSL_NOT_ALLOWED_BY_SERVER", "SSL_CERT_NOT_ON_SERVER",
          "INCONSISTENT_FLAGS", "HYBRID_REQUIRED_BY_SERVER",
          "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER" -> true;
      default -> result.startsWith("failure_code-");
    };
  }

  @Override
  public EventKind kind() {
    return EventKind.RDP;
  }
}
