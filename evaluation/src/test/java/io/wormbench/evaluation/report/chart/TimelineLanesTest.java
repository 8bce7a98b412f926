package io.wormbench.evaluation.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineLanesTest {
  @Test
  void infectedHostsComeFirstInInfectionOrder_thenFalseAlarmHosts() {
    var layout = TimelineLanes.assign(Map.of(10, 300L, 11, 100L), Map.of(10, 400L, 20, 50L), 10, 5);
    assertThat(layout.hosts()).containsExactly(11, 10, 20);
    assertThat(layout.infectedLanes()).isEqualTo(2);
    assertThat(layout.hidden()).isZero();
    assertThat(layout.laneOf(20)).isEqualTo(2);
    assertThat(layout.laneOf(99)).isEqualTo(-1);
  }

  @Test
  void sameTime_breaksTiesOnAddressTreatedAsUnsigned() {
    int high = 0xC0A80001; // 192.168.0.1 is negative as an int
    var layout = TimelineLanes.assign(Map.of(high, 5L, 0x0A000001, 5L), Map.of(), 10, 5);
    assertThat(layout.hosts()).containsExactly(0x0A000001, high);
  }

  @Test
  void tooManyHosts_areCountedAsHidden() {
    var layout = TimelineLanes.assign(Map.of(1, 1L, 2, 2L, 3, 3L), Map.of(4, 0L), 2, 5);
    assertThat(layout.hosts()).containsExactly(1, 2);
    assertThat(layout.hidden()).isEqualTo(2);
    assertThat(layout.infectedLanes()).isEqualTo(2);
  }

  @Test
  void noisyCleanHosts_getAtMostTheirShareOfLanes() {
    var layout = TimelineLanes.assign(Map.of(1, 9L), Map.of(5, 1L, 6, 2L, 7, 3L), 10, 2);
    assertThat(layout.hosts()).containsExactly(1, 5, 6);
    assertThat(layout.hidden()).isEqualTo(1);
  }

  @Test
  void overlappingSpans_mergeAndInstantsWiden() {
    var merged = TimelineLanes.merge(List.of(new TimelineLanes.Band(5, 6),
        new TimelineLanes.Band(0, 2), new TimelineLanes.Band(1, 3), new TimelineLanes.Band(10, 10)),
        0.5);
    assertThat(merged).containsExactly(new TimelineLanes.Band(0, 3), new TimelineLanes.Band(5, 6),
        new TimelineLanes.Band(9.75, 10.25));
  }
}
