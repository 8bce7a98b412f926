package io.wormbench.evaluation.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wormbench.evaluation.report.chart.PrArea.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrAreaTest {
  @Test
  void perfectDetector_hasAreaOne() {
    assertThat(PrArea.averagePrecision(List.of(new Point(0.5, 1, 1)))).isEqualTo(1.0);
  }

  @Test
  void stepInterpolation_weighsPrecisionByRecallGain() {
    // recall 0.5 at precision 1, then recall 1 at precision 0.5: 0.5*1 + 0.5*0.5
    List<Point> pts = List.of(new Point(0.9, 1, 0.5), new Point(0.1, 0.5, 1));
    assertThat(PrArea.averagePrecision(pts)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void inputOrder_doesNotMatter() {
    List<Point> pts = List.of(new Point(0.1, 0.5, 1), new Point(0.9, 1, 0.5));
    assertThat(PrArea.averagePrecision(pts)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void equalRecall_keepsTheBestPrecision() {
    List<Point> pts = List.of(new Point(0.2, 0.4, 0.5), new Point(0.8, 0.9, 0.5));
    assertThat(PrArea.sortedByRecall(pts)).containsExactly(new Point(0.8, 0.9, 0.5));
    assertThat(PrArea.averagePrecision(pts)).isCloseTo(0.45, within(1e-12));
  }

  @Test
  void noPoints_haveZeroArea() {
    assertThat(PrArea.averagePrecision(List.of())).isZero();
  }
}
