package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
  private static final String HEADER = "detector,role,metric,mean,ci95Low,ci95High,n\n";

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

  private Path runFolder(String name, String rows) throws Exception {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("metrics.csv"), HEADER + rows);
    return dir;
  }

  @Test
  void differentlyNamedDetectors_areMatchedOnlyWhenPaired() throws Exception {
    Path a = runFolder("a", "iforest,primary,hostRecall,0.4,0.3,0.5,5\n"
        + "iforest,primary,medianTtdSeconds,600,500,700,5\n");
    Path b = runFolder("b", "self-learning-anomaly,primary,hostRecall,0.9,0.8,1,5\n"
        + "self-learning-anomaly,primary,medianTtdSeconds,900,800,1000,5\n");
    assertThat(run("compare", a.toString(), b.toString())).isZero();
    assertThat(out.toString()).doesNotContain("hostRecall");

    out.getBuffer().setLength(0);
    assertThat(run("compare", a.toString(), b.toString(), "--pair",
        "iforest=self-learning-anomaly")).as(err.toString()).isZero();
    assertThat(out.toString().lines().filter(l -> l.contains("hostRecall")))
        .singleElement().asString()
        .startsWith("iforest = self-learning-anomaly").endsWith("+0.500* better");
    // Time to detect is better when lower: a longer TTD is worse.
    assertThat(out.toString().lines().filter(l -> l.contains("medianTtdSeconds")))
        .singleElement().asString().endsWith("+300.000* worse");
  }

  @Test
  void pairNamingAnAbsentDetector_oneLine_exitTwo() throws Exception {
    Path a = runFolder("a", "iforest,primary,hostRecall,0.4,,,1\n");
    Path b = runFolder("b", "ndpi,primary,hostRecall,0.1,,,1\n");
    assertThat(run("compare", a.toString(), b.toString(), "--pair", "iforest=slips"))
        .isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("has no detector 'slips'", "ndpi");
  }

  @Test
  void malformedPair_oneLine_exitTwo() throws Exception {
    Path a = runFolder("a", "iforest,primary,hostRecall,0.4,,,1\n");
    assertThat(run("compare", a.toString(), a.toString(), "--pair", "iforest")).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("--pair 'iforest': expected A_DETECTOR=B_DETECTOR");
  }
}
