package io.wormbench.evaluation.experiment;

/**
 * A seed could not be run (a detector threw, the simulator failed): the whole experiment fails
 * with one line naming the scenario, the seed and the cause, whichever engine ran it, and no
 * summary is written from the seeds that did finish.
 */
public final class SeedFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The failure of the task labelled {@code task}. */
  public SeedFailure(String task, Throwable cause) {
    super(task + ": " + describe(cause), cause);
  }

  /** The failure as one line, from a message that may have lost its cause on the way. */
  public SeedFailure(String message) {
    super(message);
  }

  private static String describe(Throwable cause) {
    String m = cause.getMessage();
    return m == null || m.isBlank() ? cause.getClass().getSimpleName() : m;
  }
}
