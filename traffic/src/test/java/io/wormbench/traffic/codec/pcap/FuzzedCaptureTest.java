package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.Event;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real captures with random bytes flipped inside packets (headers and payloads, record framing
 * intact): decoding never throws, stays time-ordered, and still accounts for every record.
 */
class FuzzedCaptureTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void flippedBytes_neverStopTheRun(long seed) throws Exception {
    String[] names = {"sv_smb2-ntlmssp-negotiateflags.pcap", "coinhive-stratum.pcap",
        "wikipedia.pcap", "sv_RDP-003.pcap"};
    SplittableRandom rnd = new SplittableRandom(seed);
    List<PcapFixtures.Rec> recs = PcapFixtures.records(Captures.path(names[(int) (seed % 4)]));
    List<PcapFixtures.Rec> fuzzed = new ArrayList<>();
    for (PcapFixtures.Rec r : recs) {
      byte[] d = r.data().clone();
      int flips = rnd.nextInt(4) == 0 ? rnd.nextInt(1, 8) : 0;
      for (int i = 0; i < flips && d.length > 0; i++) {
        d[rnd.nextInt(d.length)] = (byte) rnd.nextInt(256);
      }
      fuzzed.add(new PcapFixtures.Rec(r.micros(), d, r.origLen()));
    }
    Path p = dir.resolve("fuzz.pcap");
    Files.write(p, PcapFixtures.classic(fuzzed, ByteOrder.LITTLE_ENDIAN, false, 65535));
    List<Event> events = new ArrayList<>();
    try (PcapEventSource s = PcapEventSource.open(p)) {
      s.forEachRemaining(events::add);
      assertThat(s.summary().records()).isEqualTo(recs.size());
    }
    RealCaptureTest.assertTimeOrderedAndLinked(events);
  }
}
