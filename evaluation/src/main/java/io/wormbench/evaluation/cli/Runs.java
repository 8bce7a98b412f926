package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.experiment.Experiment;
import io.wormbench.evaluation.experiment.FanOut;
import io.wormbench.evaluation.experiment.LocalFanOut;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.experiment.Sweep;
import io.wormbench.evaluation.external.ExternalWork;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** What {@code run} and {@code demo} share: run the seeds, write the folder, print the table. */
final class Runs {
  private Runs() {}

  static void execute(Scenario scenario, int threads, OutputTarget target, String command,
      PrintWriter stdout, boolean render) {
    FanOut engine = new LocalFanOut(threads);
    try {
      execute(scenario, engine, target, command, stdout, render, false);
    } catch (RuntimeException | Error e) {
      target.abandon();
      throw e;
    }
    target.publish(engine);
  }

  /**
   * The same on {@code engine}, into {@code target}'s staging folder (the caller publishes it);
   * {@code keepExternalInput} keeps external detectors' traffic.
   */
  static void execute(Scenario scenario, FanOut engine, OutputTarget target, String command,
      PrintWriter stdout, boolean render, boolean keepExternalInput) {
    Path out = target.folder();
    String where = target.where();
    long t0 = System.nanoTime();
    if (!scenario.sweep().isEmpty()) {
      Sweep.run(scenario, engine, out, command, ConsoleProgress.forConsole("sweep"),
          keepExternalInput);
      if (render) {
        Reports.render(out, stdout);
      }
      stdout.printf(Locale.ROOT, "sweep of %s over %d point(s) written to %s (sweep.csv)%n",
          scenario.name(), Sweep.points(scenario).size(), where);
      return;
    }
    RunOutcome outcome = Experiment.run(scenario, engine,
        ConsoleProgress.forConsole(scenario.name()), ExternalWork.under(out, keepExternalInput));
    RunWriter.write(outcome, out, command);
    if (render) {
      Reports.render(out, stdout);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    stdout.print(SummaryTable.render(outcome.summary()));
    long events = outcome.runs().stream().mapToLong(r -> r.events()).sum();
    stdout.printf(Locale.ROOT, "%s: %d seed(s), %d events in %.1f s; report in %s%n",
        scenario.name(), outcome.seeds().size(), events, secs, where);
  }

  static int threads(int requested) {
    return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
  }
}
