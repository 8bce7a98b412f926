package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.scoring.WorkedExample;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.EvaluationDefaults;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Third-party alert files score as they are, without conversion, against the SCORING.md worked
 * example's truth (A infected at 1:00, B at 2:10 after a brute force from A, C at 3:00; a
 * password typo on D at 5:00); the fixtures under {@code third-party/} are hand-written in
 * each tool's own format.
 */
class ScoreThirdPartyTest {
  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path truth() {
    Path t = tmp.resolve("truth.json");
    TruthJson.write(t, WorkedExample.truth(), Optional.of(new EvaluationDefaults(WorkedExample.T0,
        30 * Micros.MINUTE, Micros.HOUR, 0.5)));
    return t;
  }

  static Path fixture(String name) throws Exception {
    return Path.of(ScoreThirdPartyTest.class.getResource("/third-party/" + name).toURI());
  }

  private String metric(Path dir, String prefix) throws Exception {
    return Files.readString(dir.resolve("metrics.csv")).lines()
        .filter(l -> l.startsWith(prefix + ",")).findFirst().orElseThrow();
  }

  @Test
  void handWrittenEve_scoresWithoutConversion() throws Exception {
    Path o = tmp.resolve("eve-run");
    assertThat(run("score", "--alerts", fixture("eve.json").toString(), "--truth",
        truth().toString(), "--out", o.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("suricata", "scored eve alerts at threshold 0.5");
    // flagged A (download, brute force) and D (typo): precision 1/2; detected A of A, B, C.
    assertThat(metric(o, "suricata,primary,hostPrecision")).startsWith(
        "suricata,primary,hostPrecision,0.5,");
    assertThat(metric(o, "suricata,primary,hostRecall")).startsWith(
        "suricata,primary,hostRecall,0.333333,");
    assertThat(o.resolve("index.html")).isNotEmptyFile();
    assertThat(Files.readString(o.resolve("run.json"))).contains("--format eve",
        "--threshold 0.5", "--learning-period 0s", "--matching-window 1800s");
  }

  @Test
  void zeekNoticeLog_scoresWithoutConversion() throws Exception {
    Path o = tmp.resolve("notice-run");
    assertThat(run("score", "--alerts", fixture("notice.log").toString(), "--truth",
        truth().toString(), "--out", o.toString())).as(err.toString()).isZero();
    // B scanned at 2:00 while the target of the brute force: a true alert on B.
    assertThat(metric(o, "zeek,primary,hostRecall")).startsWith("zeek,primary,hostRecall,0.333333,");
    assertThat(metric(o, "zeek,primary,hostPrecision")).startsWith("zeek,primary,hostPrecision,1,");
  }

  @Test
  void slipsAlertsJson_scoresWithoutConversion() throws Exception {
    Path o = tmp.resolve("slips-run");
    assertThat(run("score", "--alerts", fixture("slips-alerts.json").toString(), "--truth",
        truth().toString(), "--out", o.toString())).as(err.toString()).isZero();
    assertThat(metric(o, "slips,primary,hostRecall")).startsWith("slips,primary,hostRecall,0.666667,");
  }

  @Test
  void alertsInMilliseconds_scoreLikeMicroseconds() throws Exception {
    Path ms = tmp.resolve("ms.csv");
    long a1 = WorkedExample.at(1, 1) / 1000;
    Files.writeString(ms, "ts,time,detector,host,peer,score,technique,evidence\n"
        + a1 + ",,tool,10.0.0.1,,0.9,T1105,x\n");
    Path o = tmp.resolve("ms-run");
    assertThat(run("score", "--alerts", ms.toString(), "--truth", truth().toString(), "--out",
        o.toString())).as(err.toString()).isZero();
    assertThat(metric(o, "tool,primary,hostRecall")).startsWith("tool,primary,hostRecall,0.333333,");
  }

  @Test
  void alertOutsideTheTruthSpan_failsNamingTheRow() throws Exception {
    Path early = tmp.resolve("alerts.csv");
    Files.writeString(early, "ts,time,detector,host,peer,score,technique,evidence\n"
        + "1772416800,,tool,10.0.0.1,,0.9,T1105,x\n"
        + "1672416800,,tool,10.0.0.1,,0.9,T1105,x\n");
    assertThat(run("score", "--alerts", early.toString(), "--truth", truth().toString()))
        .isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("wormbench: alerts.csv: line 3: alert at 2022-12-30T16:13:20.000000Z is "
            + "outside the truth's time span 2026-03-02T00:00:00.000000Z ..");
  }

  @Test
  void unknownFormatName_failsListingTheKnownOnes() throws Exception {
    assertThat(run("score", "--alerts", fixture("eve.json").toString(), "--truth",
        truth().toString(), "--format", "snort")).isEqualTo(2);
    assertThat(err.toString()).contains("known: alerts-csv, eve, zeek-notice, slips, ndpi, mapped");
  }

  @Test
  void seedTemplates_scoreEverySeedFound_withIntervals() throws Exception {
    for (int seed = 1; seed <= 2; seed++) {
      Path d = Files.createDirectories(tmp.resolve("sim/seeds/" + seed));
      Files.copy(truth(), d.resolve("truth.json"));
      Path a = Files.createDirectories(tmp.resolve("suri/" + seed));
      Files.copy(fixture("eve.json"), a.resolve("eve.json"));
    }
    Path o = tmp.resolve("seeds-run");
    assertThat(run("score", "--alerts", tmp + "/suri/{seed}/eve.json", "--truth",
        tmp + "/sim/seeds/{seed}/truth.json", "--out", o.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("2 seed(s)");
    assertThat(metric(o, "suricata,primary,hostRecall")).endsWith(",2,0.333333;0.333333");
  }
}
