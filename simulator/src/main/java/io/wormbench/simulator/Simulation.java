package io.wormbench.simulator;

import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.GroundTruth;

/**
 * One run of a scenario with one seed: a lazy, time-ordered event stream on one channel and
 * the ground truth on another. The run is a pure function of (spec, seed).
 */
public interface Simulation {

  /** The events, generated lazily in time order; call once. */
  EventSource events();

  /**
   * The ground truth so far; complete once {@link #events()} is exhausted. Never hand it to a
   * detector.
   */
  GroundTruth truth();

  /**
   * Response hook: from simulated time {@code at} on, no traffic to or from {@code host}, and
   * the worm on it stops. Takes effect for every event not yet handed out by {@link #events()},
   * including events generated ahead of time before the call.
   */
  void quarantine(int host, long at);
}
