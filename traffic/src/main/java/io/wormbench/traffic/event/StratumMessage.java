package io.wormbench.traffic.event;

/**
 * One mining-protocol JSON-RPC message: Stratum v1 ({@code mining.subscribe},
 * {@code mining.authorize}, {@code mining.notify}, {@code mining.submit}) or the
 * XMRig/MinerGate dialect ({@code login}, {@code job}, {@code submit}, {@code keepalived}).
 * Zeek has no such log; the fields follow the jsiwek/zeek-cryptomining package.
 *
 * @param method the JSON-RPC method; for a server push without one, the dialect's name for it
 * @param worker the worker or login name, empty when the message has none
 * @param agent the miner's agent string (XMRig/6.x), empty when absent
 * @param fromOriginator true for client-to-pool messages
 */
public record StratumMessage(long ts, String uid, ConnId id, String method, String worker,
    String agent, boolean fromOriginator) implements Event {
  @Override
  public EventKind kind() {
    return EventKind.STRATUM;
  }
}
