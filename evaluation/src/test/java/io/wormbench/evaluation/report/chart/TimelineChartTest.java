package io.wormbench.evaluation.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.truth.Stage;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
  @Test
  void everyStage_hasABandColour() {
    assertThat(TimelineChart.STAGES).hasSize(Stage.values().length)
        .containsExactly(java.util.Arrays.stream(Stage.values()).map(Enum::name)
            .toArray(String[]::new));
    assertThat(TimelineChart.STAGE_COLOURS).hasSizeGreaterThanOrEqualTo(Stage.values().length);
  }
}
