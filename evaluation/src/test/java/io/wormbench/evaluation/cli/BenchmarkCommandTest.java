package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchmarkCommandTest {
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
  void badScenarioPath_oneLineNamingTheFile_exitTwo_nothingWritten() {
    Path missing = tmp.resolve("nope.yaml");
    assertThat(run("benchmark", "--out", tmp.resolve("o").toString(), missing.toString()))
        .isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("wormbench: " + missing).contains("no such file");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void zeroSeeds_oneLine_exitTwo() {
    assertThat(run("benchmark", "--seeds", "0", "--out", tmp.resolve("o").toString()))
        .isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("--seeds");
  }
}
