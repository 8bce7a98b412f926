package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.FanOut;
import io.wormbench.evaluation.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wormbench run}: one scenario over its seeds, scored, into a run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Simulate a scenario, run its detectors, score them and write "
        + "reports/<scenario>/ (or --out). A scenario with a sweep: section runs the sweep.")
final class RunCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<scenario.yaml>", description = "The scenario file.")
  Path scenario;

  @Option(names = "--seed", paramLabel = "N", description = "Run this one seed only.")
  Long seed;

  @Option(names = "--seeds", paramLabel = "N",
      description = "Run seeds 1..N (default: the scenario's seeds).")
  Integer seeds;

  @Mixin
  EngineOptions engine;

  @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default: "
      + "reports/<scenario>); with --engine spark also a Hadoop FileSystem URI.")
  String out;

  @Override
  public Integer call() {
    Scenario s = Scenario.load(scenario);
    if (seed != null && seeds != null) {
      throw new BadInputException("give --seed or --seeds, not both");
    }
    if (seeds != null && (seeds < 1 || seeds > 10_000)) {
      throw new BadInputException("--seeds must be between 1 and 10000, not " + seeds);
    }
    if (seed != null) {
      s = s.withSeeds(List.of(seed));
    } else if (seeds != null) {
      s = s.withSeeds(Scenario.range(1, seeds));
    }
    FanOut fanOut = engine.create();
    OutputTarget target = OutputTarget.of(out, Path.of("reports", s.name()), fanOut);
    Runs.execute(s, fanOut, target.folder(), command(), spec.commandLine().getOut(), true);
    target.publish(fanOut);
    target.uri().ifPresent(u -> spec.commandLine().getOut().println("published to " + u));
    return 0;
  }

  /** The regenerating command; no engine options (results do not depend on them). */
  private String command() {
    StringBuilder b = new StringBuilder("wormbench run ").append(scenario);
    if (seed != null) {
      b.append(" --seed ").append(seed);
    }
    if (seeds != null) {
      b.append(" --seeds ").append(seeds);
    }
    if (out != null) {
      b.append(" --out ").append(out);
    }
    return b.toString();
  }
}
