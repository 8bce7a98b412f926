package io.wormbench.evaluation.cli;

/** Bad input found by a command itself (a missing run folder...): one line, exit code 2. */
public final class BadInputException extends RuntimeException
    implements io.wormbench.traffic.BadInput {
  public BadInputException(String message) {
    super(message);
  }
}
