package io.wormbench.evaluation.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void fiveSeeds_studentTInterval() {
    // mean 0.8, s = sqrt(0.06 / 4) = 0.1224745, t(0.975, 4) = 2.776: half width 0.152048
    Summary s = Summary.of(List.of(0.6, 0.8, 0.8, 0.9, 0.9));
    assertThat(s.mean()).isCloseTo(0.8, within(1e-12));
    assertThat(s.ci95Low()).isCloseTo(0.8 - 0.152048, within(1e-6));
    assertThat(s.ci95High()).isCloseTo(0.8 + 0.152048, within(1e-6));
    assertThat(s.n()).isEqualTo(5);
  }

  @Test
  void undefinedSeeds_leftOutOfMeanAndCount() {
    Summary s = Summary.of(List.of(10.0, Double.NaN, 20.0));
    assertThat(s.mean()).isEqualTo(15.0);
    assertThat(s.n()).isEqualTo(2);
    assertThat(s.perSeed()).hasSize(3);
  }

  @Test
  void oneSeed_intervalUndefined_noSeed_meanUndefined() {
    assertThat(Summary.of(List.of(3.0)).ci95Low()).isNaN();
    assertThat(Summary.of(List.of(Double.NaN)).mean()).isNaN();
  }

  @Test
  void identicalSeeds_zeroWidthInterval() {
    Summary s = Summary.of(List.of(1.0, 1.0, 1.0));
    assertThat(s.ci95Low()).isEqualTo(1.0);
    assertThat(s.ci95High()).isEqualTo(1.0);
  }

  @Test
  void quantiles_tableAndLargeDf() {
    assertThat(StudentT.quantile975(1)).isEqualTo(12.706);
    assertThat(StudentT.quantile975(30)).isEqualTo(2.042);
    assertThat(StudentT.quantile975(60)).isCloseTo(2.000, within(1e-3));
    assertThat(StudentT.quantile975(120)).isCloseTo(1.980, within(1e-3));
  }

  @Test
  void shareOverFewSeeds_intervalClippedToItsRange() {
    Summary s = Summary.of(java.util.List.of(0.5, 1.0), 0, 1);
    // unclipped: 0.75 +- 12.706 * 0.3536 / 1.4142 = [-2.43, 3.93]
    assertThat(s.mean()).isEqualTo(0.75);
    assertThat(s.ci95Low()).isZero();
    assertThat(s.ci95High()).isEqualTo(1.0);
    Summary unclipped = Summary.of(java.util.List.of(0.5, 1.0));
    assertThat(unclipped.ci95Low()).isLessThan(-2.4);
  }
}
