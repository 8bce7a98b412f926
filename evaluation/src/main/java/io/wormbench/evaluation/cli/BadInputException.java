package io.wormbench.evaluation.cli;

/** Bad input found by a command itself (a missing run folder...): one line, exit code 2. */
final class BadInputException extends RuntimeException {
  BadInputException(String message) {
    super(message);
  }
}
