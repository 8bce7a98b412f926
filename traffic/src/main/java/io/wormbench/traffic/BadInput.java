package io.wormbench.traffic;

/**
 * Marks the project's own error types for bad input: a malformed file or value reported as one
 * line naming the file, the line or byte offset and the field ({@code TrafficFormatException},
 * {@code SpecException}, {@code CaptureException}, {@code LiveCaptureException} and the
 * evaluation module's {@code ReportInputException} and command errors). This is the one
 * definition of "expected failure": the command line prints such an error's message and exits
 * 2, and the fuzz targets count any other throwable as a crash.
 */
public interface BadInput {
  /** True when {@code t} is one of the project's bad-input errors. */
  static boolean is(Throwable t) {
    return t instanceof BadInput;
  }
}
