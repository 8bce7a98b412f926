package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.Event;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported file layout of the same packets decodes to the same events. */
class CaptureFormatTest {
  @TempDir Path dir;

  private List<Event> decode(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return Captures.events(p);
  }

  @Test
  void bigEndianNanosecondAndPcapng_decodeLikeTheOriginal() throws Exception {
    Path original = Captures.path("sv_smb2-ntlmssp-negotiateflags.pcap");
    List<Event> expected = Captures.events(original);
    List<PcapFixtures.Rec> recs = PcapFixtures.records(original);
    assertThat(expected).isNotEmpty();
    assertThat(decode("be.pcap", PcapFixtures.classic(recs, ByteOrder.BIG_ENDIAN, false, 65535)))
        .isEqualTo(expected);
    assertThat(decode("ns.pcap", PcapFixtures.classic(recs, ByteOrder.LITTLE_ENDIAN, true, 65535)))
        .isEqualTo(expected);
    assertThat(decode("be-ns.pcap", PcapFixtures.classic(recs, ByteOrder.BIG_ENDIAN, true, 65535)))
        .isEqualTo(expected);
    assertThat(decode("le.pcapng", PcapFixtures.pcapng(recs, ByteOrder.LITTLE_ENDIAN)))
        .isEqualTo(expected);
    assertThat(decode("be.pcapng", PcapFixtures.pcapng(recs, ByteOrder.BIG_ENDIAN)))
        .isEqualTo(expected);
  }

  @Test
  void pcapngSummary_namesTheFormatAndSkipsNothing() throws Exception {
    List<PcapFixtures.Rec> recs = PcapFixtures.records(Captures.path("sv_RDP-003.pcap"));
    Path p = dir.resolve("x.pcapng");
    Files.write(p, PcapFixtures.pcapng(recs, ByteOrder.LITTLE_ENDIAN));
    try (PcapEventSource s = PcapEventSource.open(p)) {
      s.forEachRemaining(e -> { });
      assertThat(s.summary().format()).isEqualTo("pcapng");
      assertThat(s.summary().records()).isEqualTo(recs.size());
      assertThat(s.summary().skipped()).isZero();
    }
  }
}
