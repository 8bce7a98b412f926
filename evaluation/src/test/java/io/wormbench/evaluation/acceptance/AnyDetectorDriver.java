package io.wormbench.evaluation.acceptance;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.cli.WormbenchCommand;
import io.wormbench.evaluation.experiment.Experiment;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.external.ExternalWork;
import io.wormbench.evaluation.output.RunWriter;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.evaluation.scoring.Metric;
import io.wormbench.evaluation.scoring.SeedScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * A researcher's own tool in the loop (a python script over conn.log that names flows by
 * Community ID), its run scored beside the built-ins, and {@code wormbench compare --pair}.
 */
public final class AnyDetectorDriver {
  /** Alerts on every mining connection and every DNS lookup of the hosts that mine. */
  static final String TOOL = String.join("\n",
      "import base64, csv, hashlib, os, socket, struct, sys",
      "def cid(proto, s, sp, d, dp):",
      "    s, d = socket.inet_aton(s), socket.inet_aton(d)",
      "    if (s, sp) > (d, dp): s, d, sp, dp = d, s, dp, sp",
      "    b = struct.pack('!H4s4sBBHH', 0, s, d, {'tcp': 6, 'udp': 17}[proto], 0, sp, dp)",
      "    return '1:' + base64.b64encode(hashlib.sha1(b).digest()).decode()",
      "rows, cols = [], None",
      "for line in open(os.path.join(sys.argv[1], 'conn.log')):",
      "    f = line.rstrip('\\n').split('\\t')",
      "    if f[0] == '#fields': cols = {n: i for i, n in enumerate(f[1:])}",
      "    elif not line.startswith('#'): rows.append(f)",
      "miners = {r[cols['id.orig_h']] for r in rows if r[cols['id.resp_p']] == '45700'}",
      "with open(os.path.join(sys.argv[2], 'alerts.csv'), 'w', newline='') as o:",
      "    w = csv.writer(o, lineterminator='\\n')",
      "    w.writerow(['ts', 'time', 'detector', 'host', 'peer', 'score', 'technique',",
      "                'evidence', 'community_id'])",
      "    for r in rows:",
      "        h, p = r[cols['id.orig_h']], r[cols['id.resp_p']]",
      "        if h in miners and p in ('45700', '53'):",
      "            ts = int(round(float(r[cols['ts']]) * 1e6))",
      "            w.writerow([ts, '', 'x', h, r[cols['id.resp_h']], '0.9', '', 'port ' + p,",
      "                        cid(r[cols['proto']], h, int(r[cols['id.orig_p']]),",
      "                            r[cols['id.resp_h']], int(p))])",
      "");

  private Path dir;
  private Scenario scenario;
  private RunOutcome outcome;
  private String comparison = "";

  /** {@code name} over seeds {@code first..last} with the tool as detector "flows". */
  public void prepare(String name, int first, int last) {
    try {
      dir = Files.createTempDirectory("wormbench-any-detector");
      Path tool = dir.resolve("flows.py");
      Files.writeString(tool, TOOL);
      String yaml = Files.readString(TestScenarios.file(name), StandardCharsets.UTF_8)
          + "detectors:\n  - name: mining-protocol\n  - name: flows\n    external:\n"
          + "      command: \"/usr/bin/python3 " + tool + " {input} {out}\"\n"
          + "      input: zeek\n";
      List<Long> seeds = java.util.stream.LongStream.rangeClosed(first, last).boxed().toList();
      scenario = Scenario.parse(name + "-any-detector.yaml", yaml).withSeeds(seeds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs and scores every seed, and writes the run folder. */
  public void run() {
    outcome = Experiment.run(scenario, 1, Progress.NONE,
        new ExternalWork(dir.resolve("work"), false));
    RunWriter.write(outcome, dir.resolve("run"), "acceptance any-detector");
  }

  /** {@code metric} of {@code detector} per seed. */
  public List<Double> perSeed(String detector, Metric metric) {
    return outcome.scores().stream().map(SeedScore::detectors)
        .map(d -> d.get(detector).metric(metric)).toList();
  }

  /** {@code wormbench compare run run --pair a=b}. */
  public void compare(String a, String b) {
    StringWriter out = new StringWriter();
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    String run = dir.resolve("run").toString();
    int code = cl.execute("compare", run, run, "--pair", a + "=" + b);
    if (code != 0) {
      throw new AssertionError("compare exited " + code + ": " + out);
    }
    comparison = out.toString();
  }

  /** The comparison's rows for {@code label}. */
  public List<String> comparisonRows(String label) {
    return comparison.lines().filter(l -> l.startsWith(label + " ")).toList();
  }
}
