package io.wormbench.evaluation.scoring;

import static io.wormbench.evaluation.scoring.WorkedExample.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdSweepTest {
  @Test
  void workedExample_curveDescendsThroughEveryScore() {
    DetectorScorer scorer = new DetectorScorer(truth(), SETTINGS);
    List<ScoredAlert> scored = scorer.matcher().scoreAll(alerts());
    List<Double> thresholds = ThresholdSweep.thresholds(scored);
    assertThat(thresholds).containsExactly(0.9, 0.7, 0.5, 0.3, 0.2);
    List<ThresholdPoint> curve = ThresholdSweep.curve(scored, scorer.infectedHosts(), thresholds);
    assertThat(curve).extracting(p -> p.counts().precision())
        .containsExactly(1.0, 1.0, 1.0, 2.0 / 3, 0.5);
    assertThat(curve).extracting(p -> p.counts().detected()).containsExactly(1, 1, 2, 2, 2);
    assertThat(curve).extracting(p -> p.counts().falseAlerts()).containsExactly(0, 0, 0, 1, 2);
  }

  @Test
  void perfectRanking_givesAreaOne_worseRankingLess() {
    DetectorScorer scorer = new DetectorScorer(truth(), SETTINGS);
    List<ScoredAlert> good = scorer.matcher().scoreAll(List.of(
        alert("x", A, at(1, 5), 0.9, "T1105"), alert("x", B, at(2, 20), 0.8, "T1570"),
        alert("x", C, at(3, 5), 0.7, "T1570"), alert("x", D, at(9, 0), 0.1, "T1570")));
    List<ScoredAlert> bad = scorer.matcher().scoreAll(List.of(
        alert("x", A, at(1, 5), 0.2, "T1105"), alert("x", B, at(2, 20), 0.8, "T1570"),
        alert("x", C, at(3, 5), 0.7, "T1570"), alert("x", D, at(9, 0), 0.9, "T1570")));
    double apGood = ThresholdSweep.averagePrecision(ThresholdSweep.curve(good,
        scorer.infectedHosts(), ThresholdSweep.thresholds(good)), 3);
    double apBad = ThresholdSweep.averagePrecision(ThresholdSweep.curve(bad,
        scorer.infectedHosts(), ThresholdSweep.thresholds(bad)), 3);
    assertThat(apGood).isEqualTo(1.0);
    assertThat(apBad).isLessThan(apGood);
  }
}
