package io.wormbench.traffic.truth;

import java.io.Serializable;

/**
 * The compromise timeline of one host. Times are microseconds since the epoch, or
 * {@link #NEVER} when the host never reached that point.
 *
 * @param infectedAt when the worm first ran on the host
 * @param firstMaliciousAt when the host first produced a malicious event
 * @param quarantinedAt when a response action isolated the host
 */
public record HostTimeline(int host, long infectedAt, long firstMaliciousAt, long quarantinedAt)
    implements Serializable {
  /** Marks a point the host never reached. */
  public static final long NEVER = Long.MAX_VALUE;

  /** True when the host was compromised at or before {@code ts}. */
  public boolean compromisedAt(long ts) {
    return infectedAt != NEVER && infectedAt <= ts;
  }

  /** True when the host was ever infected. */
  public boolean infected() {
    return infectedAt != NEVER;
  }

  /** The same timeline with {@code firstMaliciousAt} lowered to {@code ts} if earlier. */
  public HostTimeline withMaliciousAction(long ts) {
    return ts < firstMaliciousAt ? new HostTimeline(host, infectedAt, ts, quarantinedAt) : this;
  }
}
