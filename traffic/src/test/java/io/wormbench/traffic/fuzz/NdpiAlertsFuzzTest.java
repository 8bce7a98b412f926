package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.codec.alert.AlertFormat;
import io.wormbench.traffic.codec.alert.AlertReadOptions;
import io.wormbench.traffic.codec.alert.AlertReader;
import java.nio.file.Path;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: alerts in the ndpi format (flows.json), through format detection and the reader. Seeds and regression inputs: NdpiAlertsFuzzTestInputs/fuzz/ beside this class in the
 * test resources; crash rule: {@link FuzzHarness}.
 */
public final class NdpiAlertsFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() -> {
      Path p = FuzzHarness.file("flows.json", data);
      try (AlertReader r = AlertFormat.NDPI.open(p, AlertReadOptions.DEFAULTS)) {
        r.readAll();
      }
      AlertFormat.detect(p);
    });
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
