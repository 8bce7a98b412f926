package io.wormbench.traffic.event;

/**
 * An RDP connection request, as in Zeek's rdp.log.
 *
 * @param cookie the X.224 routing cookie's user ({@code mstshash=<cookie>}), empty if absent
 * @param result Zeek's result (Success, encrypted, ...); empty when unknown
 */
public record RdpConnect(long ts, String uid, ConnId id, String cookie, String result)
    implements Event {
  @Override
  public EventKind kind() {
    return EventKind.RDP;
  }
}
