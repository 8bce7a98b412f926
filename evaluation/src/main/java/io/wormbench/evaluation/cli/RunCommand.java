package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.FanOut;
import io.wormbench.evaluation.scenario.Scenario;
import java.nio.file.Path;
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

  @Mixin
  SeedsOption seeds;

  @Mixin
  ExternalOptions external;

  @Mixin
  EngineOptions engine;

  @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default: "
      + "reports/<scenario>); with --engine spark also a Hadoop FileSystem URI.")
  String out;

  @Override
  public Integer call() {
    FanOut fanOut = engine.create(); // options first: a bad option fails before any file
    Scenario s = seeds.apply(Scenario.load(scenario));
    OutputTarget target = OutputTarget.of(out, Path.of("reports", s.name()), fanOut);
    try {
      Runs.execute(s, fanOut, target, command(), spec.commandLine().getOut(), true,
          external.keep);
    } catch (RuntimeException | Error e) {
      target.abandon();
      throw e;
    }
    target.publish(fanOut);
    target.uri().ifPresent(u -> spec.commandLine().getOut().println("published to " + u));
    return 0;
  }

  /** The regenerating command; no engine options (results do not depend on them). */
  private String command() {
    StringBuilder b = new StringBuilder("wormbench run ").append(scenario)
        .append(seeds.asArguments());
    if (out != null) {
      b.append(" --out ").append(out);
    }
    return b.toString();
  }
}
