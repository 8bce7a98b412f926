package io.wormbench.traffic.event;

/**
 * A DCE/RPC operation, as in Zeek's dce_rpc.log.
 *
 * @param endpoint the interface name (epmapper, svcctl, samr, ...)
 * @param operation the operation name (ept_map, CreateServiceW, StartServiceW, ...)
 * @param namedPipe the SMB named pipe the call travelled in ({@code \pipe\ntsvcs}), or the
 *     responder port for DCE/RPC directly over TCP, as Zeek's named_pipe; empty when unknown
 */
public record DceRpcCall(long ts, String uid, ConnId id, String endpoint, String operation,
    String namedPipe) implements Event {
  /** A call whose transport pipe is unknown. */
  public DceRpcCall(long ts, String uid, ConnId id, String endpoint, String operation) {
    this(ts, uid, id, endpoint, operation, "");
  }

  @Override
  public EventKind kind() {
    return EventKind.DCE_RPC;
  }
}
