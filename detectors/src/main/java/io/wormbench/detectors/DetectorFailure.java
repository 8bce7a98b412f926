package io.wormbench.detectors;

/**
 * A detector threw while observing an event: the run is aborted with a message naming the
 * detector and the event, because a crashed detector that silently reports nothing would be
 * scored as "missed everything" (JMH's abrupt-failure rule: fail loudly).
 */
public final class DetectorFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure of {@code detector} while doing {@code what}. */
  public DetectorFailure(String detector, String what, RuntimeException cause) {
    super("detector '" + detector + "' failed on " + what + ": " + cause, cause);
  }
}
