package io.wormbench.evaluation.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --threads} option shared by the commands that fan seeds out (picocli mixin): the
 * pool size, which never changes a result because each seed is a pure function of its seed.
 */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N",
      description = "Seeds run in parallel on N threads (default: processors). Results do not "
          + "depend on it.")
  int threads;

  /** The validated pool size: the option, or the processor count when it is not given. */
  int resolve() {
    if (threads < 0) {
      throw new BadInputException("--threads must be >= 1, not " + threads);
    }
    return Runs.threads(threads);
  }
}
