package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.truth.HostTimeline;
import java.io.Serializable;

/**
 * Time-to-detect of one infected host: its first scored true alert minus its infection time,
 * never below zero (an alert that flagged the host as an attack target before the worm ran on
 * it detects it at once). {@code firstTrueAlertAt} is {@link HostTimeline#NEVER} when undetected.
 */
public record HostTtd(int host, long infectedAt, long firstTrueAlertAt) implements Serializable {
  /** True when some true alert flagged the host. */
  public boolean detected() {
    return firstTrueAlertAt != HostTimeline.NEVER;
  }

  /** Time-to-detect in microseconds; only meaningful when {@link #detected()}. */
  public long ttdMicros() {
    return Math.max(0, firstTrueAlertAt - infectedAt);
  }
}
