package io.wormbench.detectors;

import io.wormbench.traffic.event.Event;

/**
 * A streaming detector: sees events one at a time in time order and emits alerts. Detectors are
 * single-threaded, deterministic and O(1) amortised per event; they never see ground truth,
 * so they run unchanged on simulated traffic and on decoded captures.
 */
public interface Detector {

  /**
   * The score at or above which an alert counts as a detection when no threshold is swept:
   * look-alike benign behaviour must stay below it at every detector's default parameters.
   */
  double DEFAULT_THRESHOLD = 0.5;

  /** The registered name, e.g. {@code smb-brute-force}. */
  String name();

  /**
   * Called once by the engine before the first event: a detector takes the shared state it
   * reads (such as {@link DetectionContext#endpointRarity()}) from {@code context}.
   */
  default void attach(DetectionContext context) {}

  /** Observes one event; {@code event.ts()} is never earlier than the previous one's. */
  void observe(Event event, AlertSink alerts);

  /**
   * Advances the clock to {@code now} with no event, so windows can expire and timers fire.
   * The engine calls it before every event whose time is later than the last, and at the end.
   */
  default void advance(long now, AlertSink alerts) {}

  /**
   * Called once when the scenario's learning period ends at {@code ts}: a self-learning
   * detector freezes or calibrates its baseline here. Alerts before it are kept, not scored.
   */
  default void endLearning(long ts) {}

  /**
   * Called once at the end of the run, after the last {@link #advance}: a detector that scores
   * whole windows may score its last, partial one here.
   */
  default void finish(long end, AlertSink alerts) {}
}
