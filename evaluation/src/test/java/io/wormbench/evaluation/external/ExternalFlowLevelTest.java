package io.wormbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.experiment.Experiment;
import io.wormbench.evaluation.experiment.Progress;
import io.wormbench.evaluation.experiment.RunOutcome;
import io.wormbench.evaluation.scoring.Metric;
import io.wormbench.evaluation.scoring.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An external tool in the loop that names flows by Community ID (computed by the tool from the
 * conn.log 5-tuple, as ndpi.py does from nDPI's flows) is scored at flow level as
 * {@code score} scores an EVE file: its alerts on the worm's mining flows are flow-level hits,
 * its alerts on the same infected hosts' unrelated DNS flows are not, although both are
 * host-level hits.
 */
class ExternalFlowLevelTest {
  /** Alerts on every mining connection and on every DNS lookup of the same hosts. */
  private static final String TOOL = String.join("\n",
      "import base64, csv, hashlib, os, socket, struct, sys",
      "def cid(proto, s, sp, d, dp):",
      "    s, d = socket.inet_aton(s), socket.inet_aton(d)",
      "    if (s, sp) > (d, dp): s, d, sp, dp = d, s, dp, sp",
      "    n = {'tcp': 6, 'udp': 17}[proto]",
      "    b = struct.pack('!H4s4sBBHH', 0, s, d, n, 0, sp, dp)",
      "    return '1:' + base64.b64encode(hashlib.sha1(b).digest()).decode()",
      "conn, out = os.path.join(sys.argv[1], 'conn.log'), sys.argv[2]",
      "rows, cols = [], None",
      "for line in open(conn):",
      "    f = line.rstrip('\\n').split('\\t')",
      "    if f[0] == '#fields': cols = {n: i for i, n in enumerate(f[1:])}",
      "    elif not line.startswith('#'): rows.append(f)",
      "miners = {r[cols['id.orig_h']] for r in rows if r[cols['id.resp_p']] == '45700'}",
      "with open(os.path.join(out, 'alerts.csv'), 'w', newline='') as o:",
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

  @TempDir
  Path tmp;

  @Test
  void alertsNamingFlows_areScoredAtFlowLevel_unrelatedFlowsOfInfectedHostsAreMisses()
      throws Exception {
    Path tool = tmp.resolve("flows.py");
    Files.writeString(tool, TOOL);
    RunOutcome o = Experiment.run(ExternalFixtures.tinyWith("  - name: mining-protocol\n"
        + "  - name: flows\n    external:\n      command: \"/usr/bin/python3 " + tool
        + " {input} {out}\"\n      input: zeek\n").withSeeds(List.of(1L)), 1, Progress.NONE,
        new ExternalWork(tmp.resolve("work"), false));
    RunSummary s = o.summary();
    double keyed = s.get("flows", Metric.FLOW_ALERTS).mean();
    double hits = s.get("flows", Metric.FLOW_TRUE_ALERTS).mean();
    assertThat(keyed).as("alerts naming a flow").isGreaterThan(0);
    assertThat(hits).as("flow-level hits (mining flows)").isGreaterThan(0).isLessThan(keyed);
    assertThat(s.get("flows", Metric.FLOW_PRECISION).mean()).isStrictlyBetween(0.0, 1.0);
    assertThat(s.get("flows", Metric.FLOW_RECALL).mean()).isGreaterThan(0);
    // Host level credits the DNS alerts of infected hosts that flow level does not.
    assertThat(s.get("flows", Metric.ALERT_PRECISION).mean())
        .isGreaterThan(s.get("flows", Metric.FLOW_PRECISION).mean());
    // The built-ins name no flows.
    assertThat(s.get("mining-protocol", Metric.FLOW_ALERTS).mean()).isZero();
    assertThat(tmp.resolve("work")).as("labels scratch removed with the input").doesNotExist();
  }
}
