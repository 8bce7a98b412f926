package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every written frame has consistent lengths and valid IPv4, TCP and UDP checksums. */
class WriterChecksumTest {
  @TempDir Path dir;

  private static long sum(byte[] d, int p, int len, long init) {
    long s = init;
    for (int i = 0; i < len; i += 2) {
      int hi = d[p + i] & 0xff;
      int lo = i + 1 < len ? d[p + i + 1] & 0xff : 0;
      s += hi << 8 | lo;
    }
    while (s >>> 16 != 0) {
      s = (s & 0xffff) + (s >>> 16);
    }
    return s;
  }

  @Test
  void generatedFrames_haveValidLengthsAndChecksums() throws Exception {
    Path p = dir.resolve("sum.pcap");
    PcapWriter.write(EventSource.of(EventGenerator.generate(9, 40)), p);
    List<PcapFixtures.Rec> recs = PcapFixtures.records(p);
    assertThat(recs).hasSizeGreaterThan(1000);
    for (PcapFixtures.Rec r : recs) {
      byte[] d = r.data();
      assertThat(r.origLen()).isEqualTo(d.length);
      int ip = 14;
      int total = (d[ip + 2] & 0xff) << 8 | (d[ip + 3] & 0xff);
      assertThat(total).isEqualTo(d.length - 14);
      assertThat(sum(d, ip, 20, 0)).as("IPv4 header checksum").isEqualTo(0xffff);
      int proto = d[ip + 9] & 0xff;
      int segLen = total - 20;
      long pseudo = sum(d, ip + 12, 8, 0) + proto + segLen;
      assertThat(sum(d, ip + 20, segLen, pseudo)).as("L4 checksum, proto %d", proto)
          .isEqualTo(0xffff);
      if (proto == 17) {
        assertThat((d[ip + 24] & 0xff) << 8 | (d[ip + 25] & 0xff)).isEqualTo(segLen);
      }
    }
  }
}
