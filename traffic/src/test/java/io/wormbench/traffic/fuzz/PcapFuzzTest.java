package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.codec.pcap.PcapEventSource;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: classic pcap files through the capture reader, flow assembly and every decoder, as {@code detect} reads them. Seeds and regression inputs: PcapFuzzTestInputs/fuzz/ beside this class in the
 * test resources; crash rule: {@link FuzzHarness}.
 */
public final class PcapFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() -> {
      PcapEventSource s = PcapEventSource.open(FuzzHarness.file("in.pcap", data));
      FuzzHarness.drain(s);
      s.summary().describe();
    });
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
