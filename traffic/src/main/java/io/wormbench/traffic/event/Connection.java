package io.wormbench.traffic.event;

import java.util.Objects;

/**
 * A transport-layer session as in Zeek's conn.log. {@code ts} is the first packet, durations
 * are microseconds, byte counts are application payload bytes as Zeek counts them.
 *
 * @param service the application protocol identified (http, ssl, smb, dns, rdp, dce_rpc,
 *     stratum...), empty when unknown
 */
public record Connection(
    long ts,
    String uid,
    ConnId id,
    Transport proto,
    String service,
    long duration,
    long origBytes,
    long respBytes,
    long origPkts,
    long respPkts,
    ConnState state)
    implements Event {
  public Connection {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(proto, "proto");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(state, "state");
  }

  @Override
  public EventKind kind() {
    return EventKind.CONN;
  }
}
