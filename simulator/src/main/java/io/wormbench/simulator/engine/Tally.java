package io.wormbench.simulator.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What one piece of behaviour emitted: its event count and the uids of its connections (every
 * protocol record shares its connection's uid), so a look-alike's truth record can label its
 * flows as attack steps do.
 */
public final class Tally {
  private final long from;
  private long events;
  final List<String> uids = new ArrayList<>(2);

  Tally(long from) {
    this.from = from;
  }

  void close(long emitted) {
    events = emitted - from;
  }

  /** Events emitted while the tally was open. */
  public long events() {
    return events;
  }

  /** Uids of the connections emitted while the tally was open, in emission order. */
  public List<String> uids() {
    return uids;
  }
}
