package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.codec.pcap.PcapEventSource;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: pcapng files (sections, interfaces, if_tsresol, packet blocks) through the capture reader and flow assembly. Seeds and regression inputs: PcapngFuzzTestInputs/fuzz/ beside this class in the
 * test resources; crash rule: {@link FuzzHarness}.
 */
public final class PcapngFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() -> {
      PcapEventSource s = PcapEventSource.open(FuzzHarness.file("in.pcapng", data));
      FuzzHarness.drain(s);
      s.summary().describe();
    });
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
