package io.wormbench.evaluation.scoring;

import static io.wormbench.evaluation.scoring.WorkedExample.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NabScoreTest {
  private final DetectorScorer scorer = new DetectorScorer(truth(), SETTINGS);

  @Test
  void sigmoid_rewardsEarlyDetection() {
    assertThat(NabScore.sigma(-1)).isCloseTo(0.9866, within(1e-4));
    assertThat(NabScore.sigma(0)).isZero();
    assertThat(NabScore.sigma(-0.5)).isGreaterThan(NabScore.sigma(-0.1));
  }

  @Test
  void detectionAtEveryWindowStart_scoresHundred() {
    List<ScoredAlert> perfect = scorer.matcher().scoreAll(List.of(
        alert("x", A, at(1, 0), 1, "T1105"), alert("x", B, at(2, 10), 1, "T1570"),
        alert("x", C, at(3, 0), 1, "T1570")));
    assertThat(NabScore.normalised(perfect, scorer.infected(), SETTINGS.nabWindow()))
        .isCloseTo(100, within(1e-9));
  }

  @Test
  void laterDetection_scoresLower_falsePositivesCost() {
    List<ScoredAlert> early = scorer.matcher().scoreAll(List.of(alert("x", A, at(1, 5), 1, "T1105")));
    List<ScoredAlert> late = scorer.matcher().scoreAll(List.of(alert("x", A, at(1, 50), 1, "T1105")));
    List<ScoredAlert> lateNoisy = scorer.matcher().scoreAll(List.of(
        alert("x", A, at(1, 50), 1, "T1105"), alert("x", E, at(9, 0), 1, "T1105")));
    double e = NabScore.normalised(early, scorer.infected(), SETTINGS.nabWindow());
    double l = NabScore.normalised(late, scorer.infected(), SETTINGS.nabWindow());
    double n = NabScore.normalised(lateNoisy, scorer.infected(), SETTINGS.nabWindow());
    assertThat(e).isGreaterThan(l);
    assertThat(l).isGreaterThan(n);
  }
}
