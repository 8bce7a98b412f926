package io.wormbench.traffic.event;

/**
 * A TLS handshake, as in Zeek's ssl.log.
 *
 * @param serverName the Server Name Indication, empty when absent
 * @param version protocol version as Zeek names it (TLSv12, TLSv13), empty when unknown
 */
public record TlsHandshake(long ts, String uid, ConnId id, String serverName, String version)
    implements Event {
  @Override
  public EventKind kind() {
    return EventKind.TLS;
  }
}
