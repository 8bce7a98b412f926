package io.wormbench.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.truth.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MetricTest {
  @Test
  void registry_listsPrimaryMetricsFirstInOutputOrder() {
    assertThat(Metrics.PRIMARY).containsExactly("hostRecall", "hostPrecision", "hostF1",
        "alertPrecision", "medianTtdSeconds", "runTtdSeconds", "falseAlarmsPer1000HostDays",
        "falseAlarmsPerDay", "flowPrecision", "flowRecall");
    assertThat(Metric.ALL.subList(0, Metric.PRIMARY.size())).isEqualTo(Metric.PRIMARY);
    assertThat(Metric.ALL).hasSize(Metric.PRIMARY.size() + Metric.SECONDARY.size())
        .doesNotHaveDuplicates();
    assertThat(Metric.SECONDARY.get(Metric.SECONDARY.size() - 1))
        .isEqualTo(Metric.coverage(Stage.values()[Stage.values().length - 1]));
  }

  @Test
  void everyStage_hasACoverageShare() {
    for (Stage s : Stage.values()) {
      Metric m = Metric.coverage(s);
      assertThat(m.name()).isEqualTo("coverage." + s.name());
      assertThat(m.unit()).isEqualTo(Metric.Unit.SHARE);
      assertThat(Metric.byName(m.name())).contains(m);
    }
  }

  @Test
  void bounds_matchUnits() {
    for (Metric m : Metric.ALL) {
      assertThat(m.min()).as(m.name()).isLessThan(m.max());
      if (m.unit() == Metric.Unit.SHARE) {
        assertThat(m.min()).isZero();
        assertThat(m.max()).isEqualTo(1);
      }
    }
    assertThat(Metric.NAB_STANDARD.min()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Metric.NAB_STANDARD.max()).isEqualTo(100);
  }

  @Test
  void direction_saysWhichDeltaIsAnImprovement() {
    assertThat(Metric.HOST_RECALL.direction().sign(0.1)).isEqualTo(1);
    assertThat(Metric.MEDIAN_TTD.direction().sign(60)).isEqualTo(-1);
    assertThat(Metric.ALERTS.direction().sign(5)).isZero();
    assertThat(Metric.HOST_RECALL.direction().sign(Double.NaN)).isZero();
  }

  @Test
  void scoringMd_documentsEveryMetric() throws Exception {
    String doc = Files.readString(Path.of("SCORING.md"));
    for (Metric m : Metric.ALL) {
      String name = m.name().startsWith("coverage.") ? "coverage.<STAGE>" : m.name();
      assertThat(doc).as(m.name()).contains("`" + name + "`");
    }
  }
}
