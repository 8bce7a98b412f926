package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wormbench bench detect}: what it prints, not how fast it is. */
class BenchDetectCommandTest {
  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void scenarioRun_printsMachineTotalAndEveryDetectorsShare() {
    Path scenario = TestScenarios.file("tiny-incident");
    assertThat(run("bench", "detect", "--scenario", scenario.toString(), "--per-detector"))
        .isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("detect: ").contains("tiny-incident.yaml").endsWith(
        "seed 1");
    assertThat(lines.get(1)).startsWith("machine: ").contains(" CPUs, ").contains("Java ");
    assertThat(lines.get(2)).matches("all \\d+ detectors: \\d+ events, \\d+ alerts, .* events/s "
        + "wall, \\d+ events/s CPU");
    int detectors = Integer.parseInt(lines.get(2).split(" ")[1]);
    assertThat(lines.subList(4, lines.size())).hasSize(detectors)
        .allMatch(l -> l.matches("[a-z-]+ +\\d+\\.\\d\\d +\\d+ +\\d+\\.\\d%"));
  }

  @Test
  void badScenario_oneLineNamingTheFile_exitTwo() {
    Path missing = tmp.resolve("nope.yaml");
    assertThat(run("bench", "detect", "--scenario", missing.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("wormbench: " + missing);
  }
}
