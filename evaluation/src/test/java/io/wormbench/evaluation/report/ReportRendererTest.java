package io.wormbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.evaluation.report.input.ReportInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {
  static final List<String> CHARTS = List.of("precision-recall", "ttd-cdf", "timeline",
      "stage-heatmap", "pr-curves", "sweep-recall-1", "sweep-ttd-1", "false-alarms");
  static final List<String> DETECTORS = List.of("all-detectors", "smb-brute-force",
      "rare-endpoint-download",
      "mining-protocol", "quiet-detector");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  Path dir;

  @TempDir
  static Path shared;
  private static Path rendered;
  private static String html;

  @org.junit.jupiter.api.BeforeAll
  static void renderOnce() throws IOException {
    // Rendering is the slow part; the read-only checks share one rendering.
    rendered = RunFixture.copyTo(shared);
    html = Files.readString(ReportRenderer.render(rendered));
  }

  @Test
  void fixtureRunFolder_writesEveryChartAsPngAndSvg() throws IOException {
    Path dir = rendered;
    for (String id : CHARTS) {
      byte[] png = Files.readAllBytes(dir.resolve(id + ".png"));
      assertThat(png).as(id).startsWith(PNG_SIGNATURE);
      assertThat(png.length).as(id).isGreaterThan(5_000);
      String svg = Files.readString(dir.resolve(id + ".svg"));
      assertThat(svg).as(id).contains("<svg").contains("</svg>");
    }
    assertThat(dir.resolve("index.html")).exists();
    assertThat(dir.resolve("chart-data.csv")).exists();
  }

  @Test
  void indexHtml_embedsEveryChartAndATablePerDetector() throws IOException {
    for (String id : CHARTS) {
      assertThat(html).contains("<figure id=\"chart-" + id + "\">");
      assertThat(html).contains("<a href=\"" + id + ".svg\">SVG</a>");
    }
    assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(CHARTS.size() + 1);
    for (String det : DETECTORS) {
      assertThat(html).contains("<table class=\"detector\" id=\"detector-" + det + "\">");
    }
    assertThat(html).contains("<th scope=\"row\">host recall</th><td>0.75</td><td>[0.50, 1.00]</td>")
        .contains("<td>30 min 0 s</td>").contains("wormbench run scenarios/seed-incident.yaml")
        .contains("0.1.0-SNAPSHOT").doesNotContain("<script").doesNotContain("src=\"http")
        .doesNotContain("href=\"http").doesNotContain("<link");
  }

  @Test
  void textFromFiles_isEscaped() throws IOException {
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>\"odd\"</b>")
        .doesNotContain("<admin>").doesNotContain("<on 8 hosts>");
    assertThat(html).contains("svc-backup &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("ws-04 &lt;b&gt;&quot;odd&quot;&lt;/b&gt; 10.0.1.14")
        .contains("user names &lt;admin&gt;, &quot;root&quot; &amp; &#39;guest&#39; tried")
        .contains("GET /update.msi?a=1&amp;b=2");
  }

  @Test
  void missesAreListed_notHidden() throws IOException {
    String misses = html.substring(html.indexOf("<section id=\"misses\">"),
        html.indexOf("</section>", html.indexOf("<section id=\"misses\">")));
    assertThat(misses).contains("<tr><th scope=\"row\">ws-03 10.0.1.13</th><td>7</td></tr>")
        .contains("<tr><th scope=\"row\">quiet-detector</th><td>7</td><td>fs-01 10.0.0.5</td>")
        .contains("<tr><th scope=\"row\">lateral transfer</th><td>3</td><td>0</td><td>3</td>")
        .contains("<tr><th scope=\"row\">mining</th><td>4</td><td>3</td><td>1</td>")
        .contains("Stages no detector caught at all: rdp chain, external scan, lateral transfer.");
  }

  @Test
  void alertsOfOtherSeeds_areLeftOutOfTheChartedSeed() throws IOException {
    assertThat(html).contains("10.0.1.11").doesNotContain("10.0.1.99");
  }

  @Test
  void alertsOfTheChartedSeed_carryTheScorersVerdict() {
    String alerts = html.substring(html.indexOf("<section id=\"alerts\">"));
    assertThat(alerts).contains("<h3>True positives (6)</h3>")
        .contains("<h3>False positives (2)</h3>").contains("<td>step:7</td>")
        .contains("<td>lookalike:admin-rdp-chain</td>");
    assertThat(alerts.indexOf("True positives")).isLessThan(alerts.indexOf("False positives"));
  }

  @Test
  void sameInputs_giveSameBytes() throws IOException {
    Path a = rendered;
    Path b = Files.createDirectory(dir.resolve("b"));
    ReportRenderer.render(RunFixture.copyTo(b));
    List<String> files = CHARTS.stream().flatMap(id -> java.util.stream.Stream.of(id + ".png",
        id + ".svg")).collect(java.util.stream.Collectors.toList());
    files.add("index.html");
    files.add("chart-data.csv");
    for (String f : files) {
      assertThat(Files.readAllBytes(a.resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
  }

  @Test
  void onlyMetricsJson_stillRendersAndSaysWhatIsMissing() throws IOException {
    Files.copy(RunFixture.source().resolve("metrics.json"), dir.resolve("metrics.json"));
    String html = Files.readString(ReportRenderer.render(dir));
    assertThat(html).contains("ttd.csv is absent or empty").contains("alerts.csv is absent")
        .contains("incidents.json is absent").contains("truth.json lists no hosts");
    assertThat(dir.resolve("precision-recall.png")).exists();
    assertThat(dir.resolve("timeline.png")).doesNotExist();
  }

  @Test
  void sweepFolder_rendersTheEvasionCurvesAndTheCommand() throws IOException {
    Files.copy(RunFixture.source().resolve("sweep.csv"), dir.resolve("sweep.csv"));
    Files.writeString(dir.resolve("sweep-command.txt"), "wormbench run sweep.yaml --seeds 3\n");
    String page = Files.readString(ReportRenderer.render(dir));
    assertThat(page).contains("<figure id=\"chart-sweep-recall-1\">")
        .contains("<figure id=\"chart-sweep-ttd-1\">").contains("wormbench run sweep.yaml")
        .contains("<section id=\"sweep\">").contains("<td>1 h 30 min</td>");
    assertThat(dir.resolve("sweep-recall-1.png")).exists();
  }

  @Test
  void nothingToPlot_leavesTheChartOutInsteadOfFailing() throws IOException {
    Files.copy(RunFixture.source().resolve("metrics.json"), dir.resolve("metrics.json"));
    Files.writeString(dir.resolve("sweep.csv"), "parameter,value,detector,hostRecall,"
        + "hostRecallLow,hostRecallHigh,medianTtdSeconds,medianTtdLow,medianTtdHigh,"
        + "hostPrecision,seeds\np,1,d,0,,,,,,,1\np,2,d,0,,,,,,,1\n");
    Files.writeString(dir.resolve("stage-coverage.csv"),
        "detector,stage,technique,steps,caught,coverage,ci95Low,ci95High,n\n"
            + "d,MINING,T1496,0,0,,,,0\n");
    Files.writeString(dir.resolve("pr-curve.csv"),
        "detector,threshold,alerts,precision,recall,falseAlarmsPerDay\nd,0.5,0,,0,0\n");
    String page = Files.readString(ReportRenderer.render(dir));
    assertThat(page).contains("chart-sweep-recall-1").doesNotContain("chart-sweep-ttd-1")
        .doesNotContain("chart-stage-heatmap").doesNotContain("chart-pr-curves");
  }

  @Test
  void pooledFalseAlarms_areNotCountedTwiceInTheTotal() throws IOException {
    Files.copy(RunFixture.source().resolve("metrics.json"), dir.resolve("metrics.json"));
    Files.writeString(dir.resolve("false-alarms.csv"), "detector,attribution,alerts,perDay\n"
        + "all-detectors,lookalike:password-typo,5,1\nsmb-brute-force,lookalike:password-typo,3,1\n"
        + "mining-protocol,lookalike:password-typo,2,1\n");
    String page = Files.readString(ReportRenderer.render(dir));
    assertThat(page).contains("<tr><th scope=\"row\">password-typo</th><td>5</td><td>3</td>"
        + "<td>2</td><td>5</td></tr>");
  }

  @Test
  void folderWithoutMetrics_failsNamingTheFile() {
    assertThatThrownBy(() -> ReportRenderer.render(dir)).isInstanceOf(ReportInputException.class)
        .hasMessageContaining("metrics.json is missing");
  }

  @Test
  void badScore_failsNamingFileLineAndColumn() throws IOException {
    RunFixture.copyTo(dir);
    Path alerts = dir.resolve("alerts.csv");
    List<String> lines = Files.readAllLines(alerts, StandardCharsets.UTF_8);
    lines.set(2, lines.get(2).replace(",1.000000,", ",high,"));
    Files.write(alerts, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReportRenderer.render(dir))
        .hasMessage("alerts.csv: line 3: score: not a number: 'high'");
  }
}
