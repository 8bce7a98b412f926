package io.wormbench.evaluation.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TtdCdfTest {
  @Test
  void undetectedHosts_keepTheCurveBelowOne() {
    double[] cdf = TtdCdf.atEdges(new double[] {60, 120, 600}, 4, new double[] {0, 60, 300, 3600});
    assertThat(cdf).containsExactly(0, 0.25, 0.5, 0.75);
  }

  @Test
  void edgeEqualToASample_countsThatSample() {
    assertThat(TtdCdf.atEdges(new double[] {10, 10}, 2, new double[] {9.999, 10}))
        .containsExactly(0, 1);
  }

  @Test
  void noInfectedHosts_givesZeros() {
    assertThat(TtdCdf.atEdges(new double[0], 0, new double[] {1, 2})).containsExactly(0, 0);
  }

  @Test
  void steps_riseByOneOverInfectedAtEachDetection() {
    double[][] s = TtdCdf.steps(new double[] {30, 10}, 4);
    assertThat(s[0]).containsExactly(0, 10, 10, 30, 30);
    assertThat(s[1]).containsExactly(0, 0, 0.25, 0.25, 0.5);
  }

  @Test
  void moreDetectedThanInfected_isRejected() {
    assertThatThrownBy(() -> TtdCdf.steps(new double[] {1, 2}, 1))
        .hasMessageContaining("2 detected hosts but only 1 infected");
  }

  @Test
  void negativeTimeToDetect_isRejected() {
    assertThatThrownBy(() -> TtdCdf.atEdges(new double[] {-1}, 1, new double[] {0}))
        .hasMessageContaining(">= 0");
  }
}
