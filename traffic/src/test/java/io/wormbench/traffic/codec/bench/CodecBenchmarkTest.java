package io.wormbench.traffic.codec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.Event;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the benchmark runs and counts correctly; it asserts no speed. */
class CodecBenchmarkTest {
  @TempDir Path dir;

  @Test
  void workload_isTimeOrderedAndDeterministic() {
    List<Event> a = CodecWorkload.events(200, 3);
    assertThat(a).isEqualTo(CodecWorkload.events(200, 3));
    for (int i = 1; i < a.size(); i++) {
      assertThat(a.get(i).ts()).isGreaterThanOrEqualTo(a.get(i - 1).ts());
    }
  }

  @Test
  void tinyRun_readsBackEveryEventInEveryFormat() {
    List<CodecBenchmark.Rate> rates = CodecBenchmark.run(dir, 100, 1);
    assertThat(rates).hasSize(4).allSatisfy(r -> {
      assertThat(r.events()).isEqualTo(CodecWorkload.events(100, 7).size());
      assertThat(r.bytes()).isPositive();
    });
  }
}
