package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.codec.jsonl.JsonLinesReader;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: Wormbench JSON-lines event files. Seeds and regression inputs: JsonLinesFuzzTestInputs/fuzz/ beside this class in the
 * test resources; crash rule: {@link FuzzHarness}.
 */
public final class JsonLinesFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() -> {
      FuzzHarness.drain(new JsonLinesReader(FuzzHarness.file("in.jsonl", data)));
    });
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
