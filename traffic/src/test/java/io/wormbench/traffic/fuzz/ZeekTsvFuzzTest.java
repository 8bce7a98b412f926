package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.codec.zeek.ZeekEventSource;
import io.wormbench.traffic.codec.zeek.ZeekLog;
import java.util.Arrays;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: Zeek TSV logs; the first byte picks the log the file is named after (conn.log, dns.log...). Seeds and regression inputs: ZeekTsvFuzzTestInputs/fuzz/ beside this class in the
 * test resources; crash rule: {@link FuzzHarness}.
 */
public final class ZeekTsvFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() -> {
      if (data.length == 0) {
        return;
      }
      ZeekLog log = ZeekLog.values()[(data[0] & 0xff) % ZeekLog.values().length];
      ZeekEventSource s = ZeekEventSource.open(FuzzHarness.file(log.path() + ".log",
          Arrays.copyOfRange(data, 1, data.length)));
      FuzzHarness.drain(s);
      s.skipSummary();
    });
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
