package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.cli.KilledRun.Outcome;
import io.wormbench.evaluation.cli.KilledRun.Point;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: {@code run} killed with SIGKILL at every point of writing over an older run leaves
 * the older complete folder, which {@code report} and {@code compare} read as before, or (only
 * when the kill lands between the swap's two renames) no folder, which they refuse with one
 * line; never a mix of new and old files. Each kill point is reached on disk by a child JVM
 * (see {@link KilledRun}), so the test does not depend on timing.
 */
class KillDuringRunTest {
  /** Kill points at which the new run cannot have reached the swap. */
  private static final Set<Point> BEFORE_SWAP = EnumSet.of(Point.AT_START,
      Point.STAGING_CREATED, Point.METRICS_WRITTEN, Point.SEED_FILES);

  @TempDir
  Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Result(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void killedAtAnyPoint_leavesThePreviousCompleteFolderOrNothingAccepted() throws IOException {
    Path scenario = TestScenarios.file("kill-run");
    Path out = tmp.resolve("run");
    Outcome first = KilledRun.complete(scenario, 1, out);
    assertThat(first.exitCode()).as(first.output()).isZero();
    byte[] metrics = Files.readAllBytes(out.resolve("metrics.csv"));
    byte[] alerts = Files.readAllBytes(out.resolve("alerts.csv"));
    String runJson = Files.readString(out.resolve("run.json"));

    for (Point point : Point.values()) {
      Outcome o = KilledRun.killAt(scenario, 2, out, point);
      String at = point + " (killed: " + o.killed() + ") " + o.output();
      if (BEFORE_SWAP.contains(point)) {
        assertThat(o.killed()).as(at).isTrue();
      }
      Result report = cli("report", out.toString());
      Result compare = cli("compare", out.toString(), out.toString());
      if (!Files.exists(out)) {
        assertThat(point).as(at).isEqualTo(Point.SWAPPING);
        assertOneLineRefusal(report, at);
        assertOneLineRefusal(compare, at);
      } else if (BEFORE_SWAP.contains(point) || o.killed() && !(point == Point.SWAPPING
          && Files.readString(out.resolve("run.json")).contains("[2]"))) {
        // the previous run, whole: no file of the new seed mixed in
        assertThat(Files.readString(out.resolve("run.json"))).as(at).isEqualTo(runJson);
        assertThat(Files.readAllBytes(out.resolve("metrics.csv"))).as(at).isEqualTo(metrics);
        assertThat(Files.readAllBytes(out.resolve("alerts.csv"))).as(at).isEqualTo(alerts);
        assertThat(out.resolve(StagedFolder.MARKER)).as(at).doesNotExist();
        assertThat(report.code()).as(at + report.err()).isZero();
        assertThat(compare.code()).as(at + compare.err()).isZero();
      } else {
        // the child finished before the kill point came, or was killed after its second rename:
        // the new run, whole
        assertThat(o.exitCode() == 0 || point == Point.SWAPPING).as(at).isTrue();
        assertThat(out.resolve(StagedFolder.MARKER)).as(at).doesNotExist();
        runJson = Files.readString(out.resolve("run.json"));
        assertThat(runJson).as(at).contains("[2]");
        assertThat(report.code()).as(at + report.err()).isZero();
        metrics = Files.readAllBytes(out.resolve("metrics.csv")); // the previous run from now on
        alerts = Files.readAllBytes(out.resolve("alerts.csv"));
      }
    }
    // The next run puts everything back in order: no staging folders left beside --out.
    Outcome last = KilledRun.complete(scenario, 3, out);
    assertThat(last.exitCode()).as(last.output()).isZero();
    assertThat(KilledRun.leftovers(out)).isEmpty();
    assertThat(Files.readString(out.resolve("run.json"))).contains("[3]");
  }

  @Test
  void aStagingFolder_isRefusedByReportAndCompare() throws IOException {
    Path dir = tmp.resolve("half");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("metrics.json"), "{}");
    Files.writeString(dir.resolve("metrics.csv"), "detector,metric,mean,ci95Low,ci95High\n");
    Files.writeString(dir.resolve(StagedFolder.MARKER), "");
    assertOneLineRefusal(cli("report", dir.toString()), "report");
    assertOneLineRefusal(cli("compare", dir.toString(), dir.toString()), "compare");
  }

  private static void assertOneLineRefusal(Result r, String at) {
    assertThat(r.code()).as(at + r.err()).isEqualTo(2);
    assertThat(r.err().strip().lines()).as(at).hasSize(1);
    assertThat(r.err()).as(at).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
