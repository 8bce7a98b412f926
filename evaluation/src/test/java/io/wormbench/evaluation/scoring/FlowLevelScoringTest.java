package io.wormbench.evaluation.scoring;

import static io.wormbench.evaluation.scoring.WorkedExample.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.alert.AlertFormat;
import io.wormbench.traffic.codec.alert.AlertReadOptions;
import io.wormbench.traffic.codec.labels.FlowLabel;
import io.wormbench.traffic.codec.labels.LabelsCsv;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.flow.CommunityId;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nDPI case of issue 13: flow-risk alerts about unrelated port-8080 web flows that happen
 * to come from an infected host are hits at host level (the host is compromised) but not at
 * flow level, where only an alert on a flow of an attack step counts.
 */
class FlowLevelScoringTest {
  @TempDir Path dir;

  private static final int WEB = Ipv4.of(93, 184, 216, 34);
  private static final ScoringSettings AT_HALF =
      new ScoringSettings(30 * Micros.MINUTE, T0, Micros.HOUR, 0.5);

  static GroundTruth truthWithUids() {
    GroundTruth t = truth();
    List<AttackStep> steps = t.steps().stream().map(s -> new AttackStep(s.id(), s.stage(),
        s.technique(), s.source(), s.target(), s.start(), s.end(), switch (s.id()) {
          case 1 -> List.of("Cdl1");
          case 2 -> List.of("Cbf1", "Cbf2");
          default -> List.<String>of();
        })).toList();
    return new GroundTruth(t.scenario(), t.seed(), t.start(), t.end(), t.hosts(), t.timelines(),
        steps, t.lookalikes());
  }

  private static FlowLabel label(String uid, int oh, int op, int rh, int rp, long ts, int step,
      Stage stage) {
    ConnId id = new ConnId(oh, op, rh, rp);
    return new FlowLabel(ts, uid, CommunityId.of(id, Transport.TCP), Transport.TCP, id,
        2 * Micros.SECOND, step > 0, "", Optional.ofNullable(stage),
        stage == null ? "" : stage.techniques().get(0), step > 0 ? step : FlowLabel.NO_STEP);
  }

  Path labels() {
    Path file = dir.resolve("labels.csv");
    try (LabelsCsv.RowWriter w = LabelsCsv.writer(file)) {
      w.write(label("Cdl1", A, 50000, POOL, 80, at(1, 0), 1, Stage.INITIAL_DOWNLOAD));
      w.write(label("Cbf1", A, 50001, B, 445, at(2, 1), 2, Stage.BRUTE_FORCE));
      w.write(label("Cbf2", A, 50003, B, 445, at(2, 2), 2, Stage.BRUTE_FORCE));
      w.write(label("Cweb", A, 50100, WEB, 8080, at(4, 0), 0, null));
      w.write(label("Cweb2", A, 50101, WEB, 8080, at(4, 10), 0, null));
    }
    return file;
  }

  private static String flow(String src, int sport, String dst, int dport, long ts, String risk) {
    return "{\"src_ip\":\"" + src + "\",\"dest_ip\":\"" + dst + "\",\"src_port\":" + sport
        + ",\"dst_port\":" + dport + ",\"proto\":\"TCP\",\"first_seen\":"
        + Micros.zeek(ts) + ",\"ndpi\":{\"flow_risk\":{\"7\":{\"risk\":\"" + risk
        + "\",\"severity\":\"High\"}},\"proto\":\"HTTP\"}}\n";
  }

  private DetectorSeedScore ndpi() throws Exception {
    Path alerts = dir.resolve("ndpi.json");
    Files.writeString(alerts,
        flow("10.0.0.1", 50100, "93.184.216.34", 8080, at(4, 0) + Micros.SECOND,
            "Known Protocol on Non Standard Port")
        + flow("10.0.0.1", 50101, "93.184.216.34", 8080, at(4, 10), "Known Protocol on Non Standard Port")
        + flow("10.0.0.1", 50102, "93.184.216.34", 8080, at(4, 20), "HTTP Suspicious User-Agent")
        + flow("10.0.0.2", 445, "10.0.0.1", 50001, at(2, 1) + 500_000, "SMB Insecure Version"));
    ToolAlerts.Read read = ToolAlerts.read(alerts, Optional.empty(), AlertReadOptions.DEFAULTS);
    assertThat(read.format()).isEqualTo(AlertFormat.NDPI);
    GroundTruth t = truthWithUids();
    SeedScore s = SeedScore.of(1, t, AlertFlows.alerts(read.alerts()), AlertFlows.of(read.alerts()),
        FlowMatcher.withLabels(t, AT_HALF.matchingWindow(), labels()), List.of(), AT_HALF);
    return s.detectors().get("ndpi");
  }

  @Test
  void unrelatedPort8080AlertsOnInfectedHost_hitAtHostLevel_missAtFlowLevel() throws Exception {
    DetectorSeedScore d = ndpi();
    assertThat(d.metric("alertPrecision")).isEqualTo(1.0); // host level: A is compromised
    assertThat(d.metric("trueAlerts")).isEqualTo(4);
    assertThat(d.metric("flowAlerts")).isEqualTo(4);
    assertThat(d.metric("flowTrueAlerts")).isEqualTo(1); // only the brute-force flow
    assertThat(d.metric("flowPrecision")).isEqualTo(0.25);
    assertThat(d.metric("flowRecall")).isEqualTo(1 / 3.0); // Cbf1 of Cdl1, Cbf1, Cbf2
    assertThat(d.metric("flowHostRecall")).isEqualTo(1 / 3.0); // B, by the reversed tuple
    assertThat(d.alerts()).extracting(ScoredAlert::flow).containsExactly(FlowVerdict.FP,
        FlowVerdict.FP, FlowVerdict.FP, FlowVerdict.TP);
    assertThat(d.alerts().get(3).flowUid()).isEqualTo("Cbf1");
  }

  @Test
  void uidKeyedAlert_resolvesThroughTruthWithoutLabels() {
    GroundTruth t = truthWithUids();
    FlowMatcher m = new FlowMatcher(t, AT_HALF.matchingWindow());
    var key = new io.wormbench.traffic.codec.alert.FlowKey("", "Cbf2", 0, -1, 0, -1, 0);
    assertThat(m.verdict(key, at(2, 2))).isEqualTo(FlowVerdict.TP);
    var cidOnly = new io.wormbench.traffic.codec.alert.FlowKey("1:abc", "", 0, -1, 0, -1, 0);
    assertThat(m.verdict(cidOnly, at(2, 2))).isEqualTo(FlowVerdict.NONE);
  }

  @Test
  void communityIdOfAttackFlow_afterTheFlowAndWindow_isNoLongerThatFlow() throws Exception {
    GroundTruth t = truthWithUids();
    FlowMatcher m = FlowMatcher.withLabels(t, AT_HALF.matchingWindow(), labels());
    String cid = CommunityId.of(new ConnId(A, 50001, B, 445), Transport.TCP);
    var key = new io.wormbench.traffic.codec.alert.FlowKey(cid, "", 0, -1, 0, -1, 0);
    assertThat(m.verdict(key, at(2, 1) + Micros.SECOND)).isEqualTo(FlowVerdict.TP);
    assertThat(m.verdict(key, at(3, 0))).isEqualTo(FlowVerdict.FP);
    assertThat(m.verdict(key, at(1, 0))).isEqualTo(FlowVerdict.FP); // before it started
  }

  @Test
  void builtInDetectorsWithoutFlowKeys_haveUndefinedFlowMetrics() {
    SeedScore s = SeedScore.of(1, truthWithUids(), alerts(), List.of(), SETTINGS);
    DetectorSeedScore all = s.detectors().get(Metrics.ALL_DETECTORS);
    assertThat(all.metric("flowPrecision")).isNaN();
    assertThat(all.metric("flowRecall")).isNaN();
    assertThat(all.metric("flowAlerts")).isZero();
  }
}
