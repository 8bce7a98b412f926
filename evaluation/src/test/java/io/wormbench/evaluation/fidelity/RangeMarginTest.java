package io.wormbench.evaluation.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RangeMarginTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void closedRange_measuresInRangeWidths() {
    assertThat(RangeMargin.of(0.15, 0.05, 0.25)).isCloseTo(0.5, within(1e-12));
    assertThat(RangeMargin.of(0.05, 0.05, 0.25)).isZero();
    assertThat(RangeMargin.of(0.30, 0.05, 0.25)).isCloseTo(-0.25, within(1e-12));
  }

  @Test
  void openRange_measuresInUnitsOfTheBound() {
    assertThat(RangeMargin.of(7, 25, INF)).isCloseTo(-18.0 / 25, within(1e-12));
    assertThat(RangeMargin.of(1409, -INF, 1024)).isCloseTo(-385.0 / 1024, within(1e-12));
  }

  @Test
  void farOutside_isClippedToMinusOne_andPointRangesUseUnitScale() {
    assertThat(RangeMargin.of(0, 1, 1)).isEqualTo(-1.0);
    assertThat(RangeMargin.of(1, 1, 1)).isZero();
    assertThat(RangeMargin.of(2, 0, 0)).isEqualTo(-1.0);
    assertThat(RangeMargin.of(1e9, 0, INF)).isEqualTo(1.0);
  }

  @Test
  void unboundedOrUnmeasured_isNaN() {
    assertThat(RangeMargin.of(3, -INF, INF)).isNaN();
    assertThat(RangeMargin.of(Double.NaN, 0, 1)).isNaN();
  }

  @Test
  void chartData_isReadBackFromTheSavedCsv() {
    String csv = """
        statistic,unit,run,value,low,high,verdict,source
        share.ldap,share,a,0.1,0.05,0.2,pass,x
        share.ldap,share,b,0.3,0.05,0.2,fail,x
        udp.share,share,a,0.4,,,info,x
        artefact.auc.duration,AUC,a,0.95,,0.9,fail,x
        artefact.auc.duration,AUC,b,0.97,,0.9,fail,x
        artefact.auc.port,AUC,a,0.99,,,info,x
        """;
    assertThat(FidelityChart.margins(csv)).containsOnlyKeys("share.ldap");
    assertThat(FidelityChart.margins(csv).get("share.ldap")).isCloseTo(-0.1 / 0.15,
        within(1e-12));
    assertThat(FidelityChart.aucs(csv).get("duration")).containsExactly(0.97, 0.9);
    assertThat(FidelityChart.aucs(csv).get("port")[1]).isNaN();
    assertThat(FidelityChart.draw(csv)).extracting(FidelityChart.Drawn::file)
        .containsExactly("fidelity.png", "fidelity-auc.png");
  }
}
