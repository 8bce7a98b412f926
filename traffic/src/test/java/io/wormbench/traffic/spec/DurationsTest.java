package io.wormbench.traffic.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.time.Micros;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void units_parseAndFormatBack() {
    assertThat(Durations.parseMicros("500ms")).isEqualTo(500_000);
    assertThat(Durations.parseMicros("90s")).isEqualTo(90 * Micros.SECOND);
    assertThat(Durations.parseMicros("1.5h")).isEqualTo(90 * Micros.MINUTE);
    assertThat(Durations.format(Durations.parseMicros("10m"))).isEqualTo("10m");
    assertThat(Durations.format(Durations.parseMicros("7d"))).isEqualTo("7d");
    assertThat(Durations.format(Durations.parseMicros("90s"))).isEqualTo("90s");
  }

  @Test
  void missingUnit_isRejected() {
    assertThatThrownBy(() -> Durations.parseMicros("10")).hasMessageContaining("90s, 10m");
  }

  @Test
  void nearestName_onlyWhenClose() {
    assertThat(DidYouMean.nearest("attackz", java.util.List.of("attacks", "network"))).contains("attacks");
    assertThat(DidYouMean.nearest("zzzzzzzz", java.util.List.of("attacks", "network"))).isEmpty();
  }
}
