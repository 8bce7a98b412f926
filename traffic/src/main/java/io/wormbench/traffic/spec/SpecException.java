package io.wormbench.traffic.spec;

/**
 * A bad configuration value: one line naming the file, the field's path and its line, e.g.
 * {@code seed-incident.yaml: attacks[0].bruteForce.attemptsPerMinute: must be > 0 (line 31)}.
 * The command line prints {@link #getMessage()} alone, never a stack trace.
 */
public final class SpecException extends RuntimeException implements io.wormbench.traffic.BadInput {
  private final String path;
  private final int line;

  public SpecException(String source, String path, int line, String problem) {
    super(format(source, path, line, problem));
    this.path = path;
    this.line = line;
  }

  private static String format(String source, String path, int line, String problem) {
    StringBuilder sb = new StringBuilder();
    if (!source.isEmpty()) {
      sb.append(source).append(": ");
    }
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    sb.append(problem);
    if (line > 0) {
      sb.append(" (line ").append(line).append(')');
    }
    return sb.toString();
  }

  /** The dotted field path, e.g. {@code attacks[0].bruteForce.attemptsPerMinute}. */
  public String path() {
    return path;
  }

  /** The 1-based line of the field in its file, or 0 when unknown. */
  public int line() {
    return line;
  }
}
