package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.scenario.Scenario;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wormbench demo}: the seed incident over a few seeds into reports/demo. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run scenarios/seed-incident.yaml over a few seeds into reports/demo and "
        + "print the summary table.")
final class DemoCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
      description = "Seeds 1..N (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: processors).")
  int threads;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/demo",
      description = "Run folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--scenario", paramLabel = "FILE",
      defaultValue = "scenarios/seed-incident.yaml", hidden = true)
  Path scenario;

  @Override
  public Integer call() {
    if (seeds < 1 || seeds > 100) {
      throw new BadInputException("--seeds must be between 1 and 100, not " + seeds);
    }
    Scenario s = Scenario.load(scenario).withSeeds(Scenario.range(1, seeds));
    Runs.execute(s, Runs.threads(threads), OutputTarget.local(out),
        "wormbench demo --seeds " + seeds,
        spec.commandLine().getOut(), true);
    return 0;
  }
}
