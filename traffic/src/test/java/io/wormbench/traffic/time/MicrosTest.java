package io.wormbench.traffic.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MicrosTest {
  @Test
  void zeekTimestamps_roundTripAtMicrosecondPrecision() {
    long t = 1_700_000_000_123_456L;
    assertThat(Micros.zeek(t)).isEqualTo("1700000000.123456");
    assertThat(Micros.parseZeek("1700000000.123456")).isEqualTo(t);
    assertThat(Micros.parseZeek("1700000000.1234569")).isEqualTo(t);
    assertThat(Micros.parseZeek("1700000000.1")).isEqualTo(1_700_000_000_100_000L);
    assertThat(Micros.zeek(1_000_007L)).isEqualTo("1.000007");
  }

  @Test
  void iso_isUtcWithMicrosecondsWhateverTheDefaultZone() {
    long t = Micros.of(Instant.parse("2026-03-02T01:02:03.000004Z"));
    assertThat(Micros.iso(t)).isEqualTo("2026-03-02T01:02:03.000004Z");
    assertThat(Micros.toInstant(t)).isEqualTo(Instant.parse("2026-03-02T01:02:03.000004Z"));
  }
}
