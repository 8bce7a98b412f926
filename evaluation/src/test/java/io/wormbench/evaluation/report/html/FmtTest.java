package io.wormbench.evaluation.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.report.Estimate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FmtTest {
  @Test
  void numbers_ignoreTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Fmt.share(0.8349)).isEqualTo("0.83");
      assertThat(Fmt.rate(1204.5)).isEqualTo("1,204.50");
      assertThat(Fmt.count(12345)).isEqualTo("12,345");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void undefinedValues_printAsADashNeverAsZero() {
    assertThat(Fmt.share(Double.NaN)).isEqualTo(Fmt.NONE);
    assertThat(Fmt.duration(Double.NaN)).isEqualTo(Fmt.NONE);
    assertThat(Fmt.interval(Estimate.of(0.5), Fmt::share)).isEqualTo(Fmt.NONE);
    assertThat(Fmt.interval(new Estimate(0.5, 0.25, 0.75), Fmt::share)).isEqualTo("[0.25, 0.75]");
  }

  @Test
  void durations_useTheTwoLargestUnits() {
    assertThat(Fmt.duration(42)).isEqualTo("42 s");
    assertThat(Fmt.duration(252)).isEqualTo("4 min 12 s");
    assertThat(Fmt.duration(5400)).isEqualTo("1 h 30 min");
    assertThat(Fmt.duration(2 * 86400 + 3 * 3600 + 59)).isEqualTo("2 d 3 h");
  }

  @Test
  void times_areUtcWhateverTheDefaultZone() {
    java.util.TimeZone saved = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
      assertThat(Fmt.time(1_795_831_230_250_000L)).isEqualTo("2026-11-28 02:00:30Z");
      assertThat(Fmt.time(Long.MAX_VALUE)).isEqualTo("never");
    } finally {
      java.util.TimeZone.setDefault(saved);
    }
  }
}
