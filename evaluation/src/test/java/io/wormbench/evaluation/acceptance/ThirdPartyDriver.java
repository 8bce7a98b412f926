package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.cli.WormbenchCommand;
import io.wormbench.traffic.codec.labels.FlowLabel;
import io.wormbench.traffic.codec.labels.LabelsCsv;
import io.wormbench.traffic.codec.truth.TruthJson;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostTimeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Test-side driver for third-party alert files: runs {@code wormbench simulate --seeds} and
 * {@code wormbench score} as a user would, in a scratch folder, and writes the stand-in IDS's
 * EVE files from each seed's labels.csv.
 */
public final class ThirdPartyDriver {
  private final Path dir;
  private int first;
  private int last;
  private Path scored;

  public ThirdPartyDriver() {
    try {
      dir = Files.createTempDirectory("wormbench-third-party");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute(args)).as(String.join(" ", args) + ": " + err).isZero();
  }

  void simulate(String scenario, int from, int to) {
    first = from;
    last = to;
    assertThat(from).isEqualTo(1);
    run("simulate", TestScenarios.file(scenario).toString(), "--seeds", Integer.toString(to),
        "--format", "none", "--out", dir.resolve("sim").toString());
  }

  void writeNoisyEve() {
    for (int seed = first; seed <= last; seed++) {
      Path seedDir = dir.resolve("sim/seeds/" + seed);
      GroundTruth t = TruthJson.read(seedDir.resolve("truth.json"));
      Map<Integer, Long> infected = new HashMap<>();
      for (HostTimeline tl : t.timelines()) {
        if (tl.infected()) {
          infected.put(tl.host(), tl.infectedAt());
        }
      }
      List<String> lines = new ArrayList<>();
      LabelsCsv.read(seedDir.resolve("labels.csv"), l -> {
        Long at = infected.get(l.id().origH());
        if (l.malicious() || (at != null && l.ts() >= at)) {
          lines.add(eve(l));
        }
      });
      try {
        Files.createDirectories(dir.resolve("ids/" + seed));
        Files.write(dir.resolve("ids/" + seed + "/eve.json"), lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String eve(FlowLabel l) {
    String ts = Micros.iso(l.ts() + l.duration() / 2).replace("Z", "+0000");
    return "{\"timestamp\":\"" + ts + "\",\"event_type\":\"alert\",\"src_ip\":\""
        + Ipv4.format(l.id().origH()) + "\",\"src_port\":" + l.id().origP() + ",\"dest_ip\":\""
        + Ipv4.format(l.id().respH()) + "\",\"dest_port\":" + l.id().respP() + ",\"proto\":\""
        + l.proto().name() + "\",\"community_id\":\"" + l.communityId() + "\",\"alert\":"
        + "{\"signature_id\":1,\"signature\":\"noisy\",\"category\":\"test\",\"severity\":1}}";
  }

  void score() {
    scored = dir.resolve("scored");
    run("score", "--alerts", dir + "/ids/{seed}/eve.json", "--truth",
        dir + "/sim/seeds/{seed}/truth.json", "--threshold", "0", "--learning-period", "0s",
        "--out", scored.toString());
  }

  /** The per-seed values of a metric from metrics.csv (NaN where undefined). */
  List<Double> perSeed(String detector, String metric) {
    try {
      String row = Files.readString(scored.resolve("metrics.csv")).lines()
          .filter(l -> l.startsWith(detector + ",") && l.contains("," + metric + ","))
          .findFirst().orElseThrow();
      String[] cells = row.split(",", -1);
      List<Double> out = new ArrayList<>();
      for (String v : cells[cells.length - 1].split(";", -1)) {
        out.add(v.isEmpty() ? Double.NaN : Double.parseDouble(v));
      }
      assertThat(out).hasSize(last - first + 1);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
