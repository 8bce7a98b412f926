package io.wormbench.evaluation.report.input;

/**
 * A run-folder file the report cannot read. The message is one line naming the file, the line
 * (or JSON path) and the field, e.g. {@code alerts.csv: line 7: score: not a number: 'high'}.
 */
public final class ReportInputException extends RuntimeException implements io.wormbench.traffic.BadInput {
  private static final long serialVersionUID = 1L;

  /** An error at a place in a file. */
  public ReportInputException(String message) {
    super(message);
  }
}
