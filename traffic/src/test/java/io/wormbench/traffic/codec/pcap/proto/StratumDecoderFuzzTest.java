package io.wormbench.traffic.codec.pcap.proto;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: the Stratum (JSON-RPC) decoder fed framed packets directly ({@link DecoderFuzz}). Seeds and
 * regression inputs: StratumDecoderFuzzTestInputs/fuzz/ beside this class in the test resources.
 */
public final class StratumDecoderFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    DecoderFuzz.feed(new StratumDecoder(), data);
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
