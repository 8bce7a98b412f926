package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.scenario.Scenario;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --seed} / {@code --seeds} pair (picocli mixin): one seed, or seeds 1..N, in place
 * of the scenario's own {@code seeds:}.
 */
final class SeedsOption {
  @Option(names = "--seed", paramLabel = "N", description = "Run this one seed only.")
  Long seed;

  @Option(names = "--seeds", paramLabel = "N",
      description = "Run seeds 1..N (default: the scenario's seeds).")
  Integer seeds;

  /** {@code s} with the seeds asked for; both options at once, or a count out of range, fail. */
  Scenario apply(Scenario s) {
    if (seed != null && seeds != null) {
      throw new BadInputException("give --seed or --seeds, not both");
    }
    if (seeds != null && (seeds < 1 || seeds > 10_000)) {
      throw new BadInputException("--seeds must be between 1 and 10000, not " + seeds);
    }
    if (seed != null) {
      return s.withSeeds(List.of(seed));
    }
    return seeds != null ? s.withSeeds(Scenario.range(1, seeds)) : s;
  }

  /** The options as given, for the reproducing command line. */
  String asArguments() {
    return (seed != null ? " --seed " + seed : "") + (seeds != null ? " --seeds " + seeds : "");
  }
}
