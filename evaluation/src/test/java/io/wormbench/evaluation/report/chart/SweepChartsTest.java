package io.wormbench.evaluation.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.report.Estimate;
import io.wormbench.evaluation.report.RunData.SweepRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepChartsTest {
  private static SweepRow row(String value, double x, String det) {
    return new SweepRow("a,b", value, x, det, Estimate.of(0.5), Estimate.NONE);
  }

  @Test
  void numericValues_areTheirOwnX() {
    List<SweepRow> rows = List.of(row("2", 2, "d"), row("5", 5, "d"));
    assertThat(SweepCharts.byGridOrder(rows)).isEqualTo(rows);
  }

  @Test
  void multiParameterGridPoints_arePlacedByGridOrder() {
    List<SweepRow> rows = List.of(row("5,0.3", Double.NaN, "d"), row("5,0.3", Double.NaN, "e"),
        row("10,0.3", Double.NaN, "d"));
    assertThat(SweepCharts.byGridOrder(rows)).extracting(SweepRow::value)
        .containsExactly(1.0, 1.0, 2.0);
  }
}
