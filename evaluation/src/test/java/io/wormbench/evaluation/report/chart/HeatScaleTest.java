package io.wormbench.evaluation.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class HeatScaleTest {
  @Test
  void endsOfTheRamp_areNearWhiteAndDarkBlue() {
    assertThat(HeatScale.hex(HeatScale.color(0))).isEqualTo("#f7fbff");
    assertThat(HeatScale.hex(HeatScale.color(1))).isEqualTo("#08306b");
  }

  @Test
  void higherShare_isDarker() {
    double last = Double.MAX_VALUE;
    for (int i = 0; i <= 10; i++) {
      Color c = HeatScale.color(i / 10.0);
      double sum = c.getRed() + c.getGreen() + c.getBlue();
      assertThat(sum).isLessThan(last);
      last = sum;
    }
  }

  @Test
  void noData_isGreyAndDiffersFromZero() {
    assertThat(HeatScale.color(Double.NaN)).isEqualTo(HeatScale.NO_DATA);
    assertThat(HeatScale.color(0)).isNotEqualTo(HeatScale.NO_DATA);
  }

  @Test
  void textColour_contrastsWithTheCell() {
    assertThat(HeatScale.textOn(HeatScale.color(0))).isEqualTo(Color.BLACK);
    assertThat(HeatScale.textOn(HeatScale.color(1))).isEqualTo(Color.WHITE);
  }

  @Test
  void shareOutsideUnitRange_isRejected() {
    assertThatThrownBy(() -> HeatScale.color(1.5)).hasMessageContaining("[0,1]");
  }
}
