package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The engine options fail bad combinations with one line, before anything runs. */
class EngineOptionsTest {
  @TempDir
  Path tmp;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private String tiny() {
    return TestScenarios.file("tiny-incident").toString();
  }

  @Test
  void masterWithLocalEngine_oneLine_exitTwo() {
    assertThat(run("run", tiny(), "--master", "local[2]", "--out", tmp.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .isEqualTo("wormbench: --master goes with --engine spark");
  }

  @Test
  void uriOutWithLocalEngine_oneLine_exitTwo() {
    assertThat(run("benchmark", tiny(), "--seeds", "1", "--out", "hdfs://nn:8020/wb"))
        .isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("wormbench: --out hdfs://nn:8020/wb: a URI needs --engine spark");
  }

  @Test
  void threadsWithSparkEngine_oneLine_exitTwo() {
    assertThat(run("run", tiny(), "--engine", "spark", "--threads", "2")).isEqualTo(2);
    assertThat(err.toString()).startsWith("wormbench: --threads is for the local engine")
        .doesNotContain("\tat ");
  }

  @Test
  void unknownEngine_usageError_exitTwo() {
    assertThat(run("run", tiny(), "--engine", "yarn")).isEqualTo(2);
    assertThat(err.toString()).contains("--engine").contains("local, spark");
  }
}
