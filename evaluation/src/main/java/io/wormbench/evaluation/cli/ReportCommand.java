package io.wormbench.evaluation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wormbench report <run-dir>}: re-renders charts and index.html from saved files. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Re-render a run folder's charts (PNG, SVG) and index.html from its saved "
        + "CSV/JSON files.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<run-dir>", description = "A run folder.")
  Path dir;

  @Override
  public Integer call() {
    StagedFolder.incomplete(dir).ifPresent(m -> {
      throw new BadInputException(m);
    });
    if (!Files.isRegularFile(dir.resolve("metrics.json"))) {
      throw new BadInputException(dir + ": not a run folder (no metrics.json)");
    }
    Path index = Reports.render(dir, spec.commandLine().getOut());
    spec.commandLine().getOut().println("report: " + index);
    return 0;
  }
}
