package io.wormbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.cli.WormbenchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The two shipped examples (detectors/examples/) over two seeds of the tiny incident from one
 * {@code wormbench run}: the IsolationForest over Zeek conn.log and nDPI over a 40-minute pcap
 * window around the worm's start (a whole small-office day is ~10 GB of pcap). Needs
 * /usr/bin/python3 with scikit-learn and pandas, and ndpiReader; .ci/run installs them.
 */
class ExamplesEndToEndTest {
  @TempDir
  Path tmp;

  @Test
  void iforestAndNdpi_runOverTwoSeeds_andAreScoredBesideTheBuiltIns() throws Exception {
    String detectors = "  - name: mining-protocol\n  - name: smb-brute-force\n"
        + "  - name: iforest\n    external:\n      command: \"/usr/bin/python3 "
        + ExternalFixtures.repo("detectors/examples/iforest.py")
        + " {input} {out} {learningEnd} {seed}\"\n      input: zeek\n"
        + "  - name: ndpi\n    external:\n      command: \"/usr/bin/python3 "
        + ExternalFixtures.repo("detectors/examples/ndpi.py") + " {input} {out}\"\n"
        + "      input: pcap\n      window: {from: 770m, to: 810m}\n";
    Path yaml = tmp.resolve("tiny-external.yaml");
    Files.writeString(yaml, Files.readString(io.wormbench.evaluation.TestScenarios
        .file("tiny-incident")) + "detectors:\n" + detectors, StandardCharsets.UTF_8);
    Path out = tmp.resolve("run");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(stdout, true));
    cl.setErr(new PrintWriter(stderr, true));
    int code = cl.execute("run", yaml.toString(), "--seeds", "2", "--threads", "2", "--out",
        out.toString());
    assertThat(code).as(stderr.toString()).isZero();
    String metrics = Files.readString(out.resolve("metrics.json"), StandardCharsets.UTF_8);
    assertThat(metrics).contains("\"iforest\"", "\"ndpi\"", "\"mining-protocol\"", "ci95Low");
    assertThat(stdout.toString()).contains("iforest", "ndpi");
    String alerts = Files.readString(out.resolve("scored-alerts.csv"), StandardCharsets.UTF_8);
    assertThat(alerts).contains(",iforest,").contains(",ndpi,");
    assertThat(out.resolve(ExternalWork.FOLDER)).doesNotExist();
  }
}
