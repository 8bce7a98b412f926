package io.wormbench.traffic.event;

/**
 * A DCE/RPC operation, as in Zeek's dce_rpc.log.
 *
 * @param endpoint the interface name (epmapper, svcctl, samr, ...)
 * @param operation the operation name (ept_map, CreateServiceW, StartServiceW, ...)
 */
public record DceRpcCall(long ts, String uid, ConnId id, String endpoint, String operation)
    implements Event {
  @Override
  public EventKind kind() {
    return EventKind.DCE_RPC;
  }
}
