package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.alert.AlertCsv;
import io.wormbench.traffic.codec.pcap.live.LiveCapture;
import io.wormbench.traffic.codec.pcap.live.LiveCaptureException;
import io.wormbench.traffic.codec.pcap.live.LiveSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code wormbench detect --interface lo}: the detectors run on live loopback traffic the test
 * sends to 127.0.0.1 itself (a miner subscribing to a Stratum pool), the alert is printed as it
 * is raised and written to alerts.csv. Skipped only without libpcap or capture permission.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LiveDetectTest {
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

  private static void assumeCaptureWorks() {
    try {
      LiveCapture.open(LiveSettings.of("lo", 1000)).close();
    } catch (LiveCaptureException e) {
      Assumptions.assumeTrue(e.reason() != LiveCaptureException.Reason.NO_LIBPCAP
          && e.reason() != LiveCaptureException.Reason.PERMISSION, e.getMessage());
    }
  }

  @Test
  void minerOnLoopback_alertPrintedAndWritten() throws Exception {
    assumeCaptureWorks();
    InetAddress home = InetAddress.getLoopbackAddress();
    try (ServerSocket pool = new ServerSocket(0, 4, home)) {
      pool.setSoTimeout(3000);
      Thread miner = new Thread(() -> {
        try {
          while (!err.toString().contains("interface lo: capturing")) {
            Thread.sleep(20); // until the capture is open
          }
          try (Socket s = new Socket(home, pool.getLocalPort()); Socket a = pool.accept()) {
            s.getOutputStream().write(("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":"
                + "[\"xmrig/6.21.0\"]}\n").getBytes(StandardCharsets.US_ASCII));
            new BufferedReader(new InputStreamReader(a.getInputStream(),
                StandardCharsets.US_ASCII)).readLine();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      miner.start();
      int code = run("detect", "--interface", "lo", "--duration", "2s", "--filter",
          "tcp port " + pool.getLocalPort(), "--out", tmp.toString());
      miner.join();
      assertThat(code).as(err.toString()).isZero();
    }
    List<Alert> alerts = AlertCsv.read(tmp.resolve("alerts.csv"));
    assertThat(alerts).anySatisfy(a -> assertThat(a.technique()).isEqualTo("T1496"));
    assertThat(out.toString()).contains("T1496: ").contains("mining.subscribe")
        .contains("interface lo: 2 events, ");
    assertThat(err.toString()).contains("interface lo (live ").contains("nothing skipped");
  }

  @Test
  void interruptedCapture_stopsAndStillWritesAlertsAndSummary() throws Exception {
    assumeCaptureWorks();
    Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(jvm.toString(), "-cp", System.getProperty("java.class.path"),
        WormbenchCommand.class.getName(), "detect", "--interface", "lo", "--duration", "60s",
        "--out", tmp.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder output = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.append(line).append('\n');
        if (line.contains("interface lo: capturing")) {
          break; // the JVM has started and opened the capture
        }
      }
      assertThat(p.isAlive()).as(output.toString()).isTrue();
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(8, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      assertThat(output).contains("interface lo (live ").contains("interface lo: ")
          .contains(" written to " + tmp);
      assertThat(tmp.resolve("alerts.csv")).exists();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void unknownInterface_oneLineExitTwo() {
    assumeCaptureWorks();
    int code = run("detect", "--interface", "wbnosuch9", "--duration", "1s", "--out",
        tmp.toString());
    assertThat(code).isEqualTo(WormbenchCommand.BAD_INPUT);
    assertThat(err.toString().trim()).startsWith(
        "wormbench: live capture: interface 'wbnosuch9' not found (available: ").doesNotContain("\n");
  }
}
