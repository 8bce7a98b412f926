package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.codec.csv.EventCsvReader;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: Wormbench CSV event files. Seeds and regression inputs: EventCsvFuzzTestInputs/fuzz/ beside this class in the
 * test resources; crash rule: {@link FuzzHarness}.
 */
public final class EventCsvFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() -> {
      FuzzHarness.drain(new EventCsvReader(FuzzHarness.file("in.csv", data)));
    });
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
