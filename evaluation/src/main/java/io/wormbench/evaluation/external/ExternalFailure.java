package io.wormbench.evaluation.external;

/**
 * An external detector that could not be scored: it exited non-zero, timed out, wrote no or a
 * malformed alerts file, or could not be started. The run fails with this one-line message
 * (the tool's exit code and the tail of its stderr) instead of scoring the tool as silent.
 */
public final class ExternalFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure of detector {@code name} on {@code seed}. */
  public ExternalFailure(String name, long seed, String problem) {
    super("external detector '" + name + "' (seed " + seed + "): " + problem);
  }

  /** The same, keeping its cause. */
  public ExternalFailure(String name, long seed, String problem, Throwable cause) {
    super("external detector '" + name + "' (seed " + seed + "): " + problem, cause);
  }
}
