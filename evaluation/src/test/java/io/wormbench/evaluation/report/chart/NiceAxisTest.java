package io.wormbench.evaluation.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NiceAxisTest {
  @Test
  void ragged0To97_roundsTo0To100By20() {
    NiceAxis axis = NiceAxis.of(0, 97, 5);
    assertThat(axis).isEqualTo(new NiceAxis(0, 100, 20));
    assertThat(axis.ticks()).containsExactly(0, 20, 40, 60, 80, 100);
  }

  @Test
  void fractions_ticksPrintWithoutFloatingDust() {
    NiceAxis axis = NiceAxis.of(0.13, 0.87, 4);
    assertThat(axis.step()).isEqualTo(0.2);
    assertThat(axis.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
  }

  @Test
  void rangeNotStartingAtZero_startsOnATickBelowTheMinimum() {
    NiceAxis axis = NiceAxis.of(1234, 5678, 5);
    assertThat(axis.low()).isEqualTo(1000);
    assertThat(axis.high()).isEqualTo(6000);
    assertThat(axis.step()).isEqualTo(1000);
  }

  @Test
  void singleValue_getsAVisibleRange() {
    NiceAxis axis = NiceAxis.of(0, 0, 5);
    assertThat(axis.low()).isEqualTo(0);
    assertThat(axis.high()).isGreaterThan(0);
    NiceAxis around = NiceAxis.of(50, 50, 5);
    assertThat(around.low()).isLessThan(50);
    assertThat(around.high()).isGreaterThan(50);
  }

  @Test
  void stepIsAlwaysOneTwoOrFiveTimesAPowerOfTen() {
    for (double max : new double[] {3, 7.5, 42, 999, 12345, 0.004}) {
      double step = NiceAxis.of(0, max, 5).step();
      double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
      assertThat(Math.round(mantissa * 1000) / 1000.0).as("max %s", max).isIn(1.0, 2.0, 5.0);
    }
  }

  @Test
  void invertedRange_isRejected() {
    assertThatThrownBy(() -> NiceAxis.of(5, 1, 5)).hasMessageContaining("bad data range");
    assertThatThrownBy(() -> NiceAxis.of(0, Double.NaN, 5)).hasMessageContaining("bad data");
  }

  @Test
  void timeScale_picksTheLargestUnitKeepingTwoUnits() {
    assertThat(TimeScale.forMax(90)).isEqualTo(TimeScale.SECONDS);
    assertThat(TimeScale.forMax(120)).isEqualTo(TimeScale.MINUTES);
    assertThat(TimeScale.forMax(119)).isEqualTo(TimeScale.SECONDS);
    assertThat(TimeScale.forMax(5400)).isEqualTo(TimeScale.MINUTES);
    assertThat(TimeScale.forMax(7200)).isEqualTo(TimeScale.HOURS);
    assertThat(TimeScale.forMax(3 * 86400)).isEqualTo(TimeScale.DAYS);
    assertThat(TimeScale.HOURS.of(5400)).isEqualTo(1.5);
  }
}
