package io.wormbench.traffic.codec.pcap.proto;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: the SMB2 decoder fed framed packets directly ({@link DecoderFuzz}). Seeds and
 * regression inputs: SmbDecoderFuzzTestInputs/fuzz/ beside this class in the test resources.
 */
public final class SmbDecoderFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    DecoderFuzz.feed(new SmbDecoder(), data);
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
