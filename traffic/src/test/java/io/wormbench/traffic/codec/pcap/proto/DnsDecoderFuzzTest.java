package io.wormbench.traffic.codec.pcap.proto;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: the DNS and NetBIOS name service decoder fed framed packets directly ({@link DecoderFuzz}). Seeds and
 * regression inputs: DnsDecoderFuzzTestInputs/fuzz/ beside this class in the test resources.
 */
public final class DnsDecoderFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    DecoderFuzz.feed(new DnsDecoder(data.length > 0 && (data[0] & 4) != 0), data);
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
