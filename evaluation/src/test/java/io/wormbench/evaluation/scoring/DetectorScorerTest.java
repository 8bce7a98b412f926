package io.wormbench.evaluation.scoring;

import static io.wormbench.evaluation.scoring.WorkedExample.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorScorerTest {
  private final DetectorScorer scorer = new DetectorScorer(truth(), SETTINGS);

  @Test
  void workedExample_matchesScoringDoc() {
    DetectorSeedScore s = scorer.score("all", alerts());
    assertThat(s.alerts()).extracting(ScoredAlert::attribution).containsExactly("compromised",
        "compromised", "step:2", "lookalike:password-typo", "unattributed");
    assertThat(s.metric("hostPrecision")).isEqualTo(0.5);
    assertThat(s.metric("hostRecall")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.metric("hostF1")).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(s.metric("alertPrecision")).isEqualTo(0.6);
    assertThat(s.metric("medianTtdSeconds")).isEqualTo(30.0);
    assertThat(s.metric("meanTtdSeconds")).isEqualTo(30.0);
    assertThat(s.metric("runTtdSeconds")).isEqualTo(60.0);
    assertThat(s.metric("hostsDetected")).isEqualTo(2.0);
    assertThat(s.metric("hostsUndetected")).isEqualTo(1.0);
    assertThat(s.metric("falseAlarmsPer1000HostDays")).isEqualTo(100.0);
    assertThat(s.metric("falseAlarmsPerDay")).isEqualTo(1.0);
    assertThat(s.metric("prAuc")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.metric("nabStandard")).isCloseTo(29.62, within(0.01));
    assertThat(s.metric(Metrics.coverage(Stage.INITIAL_DOWNLOAD))).isEqualTo(1.0);
    assertThat(s.metric(Metrics.coverage(Stage.BRUTE_FORCE))).isEqualTo(1.0);
    assertThat(s.metric(Metrics.coverage(Stage.LATERAL_TRANSFER))).isEqualTo(0.0);
    assertThat(s.metric(Metrics.coverage(Stage.MINING))).isNaN();
    assertThat(s.falseAlarms()).containsEntry("lookalike:password-typo", 1)
        .containsEntry("unattributed", 1);
  }

  @Test
  void workedExample_ttdPerHost_undetectedHostKeptApart() {
    List<HostTtd> ttd = scorer.score("all", alerts()).ttd();
    assertThat(ttd).extracting(HostTtd::host).containsExactly(A, B, C);
    assertThat(ttd.get(0).ttdMicros()).isEqualTo(60_000_000L);
    assertThat(ttd.get(1).ttdMicros()).as("alert on a brute-force target before it fell").isZero();
    assertThat(ttd.get(2).detected()).isFalse();
  }

  @Test
  void noAlerts_recallZeroAndPrecisionUndefined() {
    DetectorSeedScore s = scorer.score("none", List.of());
    assertThat(s.metric("hostRecall")).isZero();
    assertThat(s.metric("hostPrecision")).isNaN();
    assertThat(s.metric("hostF1")).isNaN();
    assertThat(s.metric("alertPrecision")).isNaN();
    assertThat(s.metric("medianTtdSeconds")).as("never averaged in as zero").isNaN();
    assertThat(s.metric("runTtdSeconds")).isNaN();
    assertThat(s.metric("hostsUndetected")).isEqualTo(3.0);
    assertThat(s.metric("falseAlarmsPerDay")).isZero();
    assertThat(s.metric("prAuc")).isZero();
    assertThat(s.metric("nabStandard")).isZero();
  }

  @Test
  void alertBeforeInfection_isFalsePositiveAndDetectsNothing() {
    // C is infected at 03:00 and is no step's source or target before then.
    DetectorSeedScore s = scorer.score("x", List.of(alert("x", C, at(2, 0), 0.9, "T1110.001")));
    assertThat(s.alerts().get(0).verdict()).isEqualTo(Verdict.FP);
    assertThat(s.metric("hostsDetected")).isZero();
    assertThat(s.metric("hostPrecision")).isZero();
  }

  @Test
  void operatingPoint_dropsLowScoresFromHeadlineButNotFromTheSweep() {
    DetectorScorer atHalf = new DetectorScorer(truth(),
        new ScoringSettings(SETTINGS.matchingWindow(), SETTINGS.learningEnd(),
            SETTINGS.nabWindow(), 0.5));
    DetectorSeedScore s = atHalf.score("all", alerts());
    // a4 (0.3, the typo) and a5 (0.2) fall below 0.5: only A and B stay flagged, both truly.
    assertThat(s.metric("hostPrecision")).isEqualTo(1.0);
    assertThat(s.metric("hostRecall")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.metric("alertPrecision")).isEqualTo(1.0);
    assertThat(s.metric("falseAlarmsPer1000HostDays")).isZero();
    assertThat(s.metric("alerts")).isEqualTo(5.0);
    assertThat(s.metric("alertsAtThreshold")).isEqualTo(3.0);
    assertThat(s.metric("prAuc")).isEqualTo(scorer.score("all", alerts()).metric("prAuc"));
    assertThat(s.alerts()).hasSize(5);
  }

  @Test
  void alertOnQuarantinedHost_staysTruePositiveWithoutChangingTtd() {
    DetectorScorer quarantined = new DetectorScorer(truth(at(4, 0)), SETTINGS);
    List<Alert> alerts = new ArrayList<>(alerts());
    alerts.add(alert("smb-brute-force", A, at(6, 0), 0.9, "T1110.001"));
    DetectorSeedScore s = quarantined.score("all", alerts);
    assertThat(s.alerts().get(5).verdict()).isEqualTo(Verdict.TP);
    assertThat(s.metric("medianTtdSeconds")).isEqualTo(30.0);
    assertThat(s.metric("alertPrecision")).isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  void twoAlertsInOneWindow_bothTrueButHostAndStepCountedOnce() {
    DetectorSeedScore s = scorer.score("smb", List.of(
        alert("smb", A, at(2, 5), 0.9, "T1110.001"),
        alert("smb", A, at(2, 6), 0.8, "T1110.001")));
    assertThat(s.metric("trueAlerts")).isEqualTo(2.0);
    assertThat(s.metric("hostsDetected")).isEqualTo(1.0);
    assertThat(s.metric(Metrics.coverage(Stage.BRUTE_FORCE))).isEqualTo(1.0);
    assertThat(s.ttd().get(0).ttdMicros()).isEqualTo(65 * 60_000_000L);
  }

  @Test
  void alertDuringLearning_keptButNotScored() {
    ScoringSettings learning = new ScoringSettings(SETTINGS.matchingWindow(), at(1, 30),
        SETTINGS.nabWindow(), 0);
    DetectorSeedScore s = new DetectorScorer(truth(), learning).score("all", alerts());
    assertThat(s.alerts().get(0).verdict()).isEqualTo(Verdict.LEARNING);
    assertThat(s.metric("learningAlerts")).isEqualTo(1.0);
    assertThat(s.metric("alerts")).isEqualTo(5.0);
    assertThat(s.metric("trueAlerts")).isEqualTo(2.0);
  }

  @Test
  void alertAfterMatchingWindow_onUninfectedTarget_isFalsePositive() {
    // D is no step's host; B before 02:00 is not yet under attack.
    assertThat(scorer.matcher().score(alert("x", B, at(1, 59), 1, "T1110.001")).verdict())
        .isEqualTo(Verdict.FP);
    // C is the target of step 4 (03:00-03:01) and infected at 03:00: compromised wins.
    assertThat(scorer.matcher().score(alert("x", C, at(3, 31), 1, "T1570")).attribution())
        .isEqualTo("compromised");
  }

  @Test
  void falseAlarmJustPastLookalikeWindow_isUnattributed() {
    assertThat(scorer.matcher().score(alert("x", D, at(5, 32), 1, "T1110.001")).attribution())
        .isEqualTo("unattributed");
    assertThat(scorer.matcher().score(alert("x", D, at(5, 31), 1, "T1110.001")).attribution())
        .isEqualTo("lookalike:password-typo");
  }
}
