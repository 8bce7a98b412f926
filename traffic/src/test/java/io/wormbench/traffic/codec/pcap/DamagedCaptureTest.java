package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.NtlmAuth;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cut and damaged copies of a real capture: the run continues, the summary names what was
 * skipped and where, and only a file that is not a capture at all is an error (one line).
 */
class DamagedCaptureTest {
  @TempDir Path dir;
  private byte[] original;
  private List<PcapFixtures.Rec> recs;
  private long[] offsets;

  @BeforeEach
  void load() throws Exception {
    Path p = Captures.path("sv_smb2-ntlmssp-negotiateflags.pcap");
    original = Files.readAllBytes(p);
    recs = PcapFixtures.records(p);
    offsets = PcapFixtures.offsets(recs);
  }

  private record Run(List<Event> events, CaptureSummary summary) {}

  private Run run(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    List<Event> events = new ArrayList<>();
    try (PcapEventSource s = PcapEventSource.open(p)) {
      s.forEachRemaining(events::add);
      RealCaptureTest.assertTimeOrderedAndLinked(events);
      return new Run(events, s.summary());
    }
  }

  @Test
  void fileCutInsideARecord_keepsEarlierPacketsAndReportsTheRecordOffset() throws Exception {
    int last = recs.size() / 2;
    int cut = (int) offsets[last] + 16 + 5;
    Run r = run("cut.pcap", Arrays.copyOf(original, cut));
    assertThat(r.summary().records()).isEqualTo(last);
    assertThat(r.summary().count(SkipLog.TRUNCATED_RECORD)).isEqualTo(1);
    assertThat(r.summary().notes()).extracting(CaptureSummary.Note::offset).contains(offsets[last]);
    assertThat(r.events()).filteredOn(Connection.class::isInstance).isNotEmpty();
  }

  @Test
  void fileCutInsideARecordHeader_isReportedAtThatOffset() throws Exception {
    int cut = (int) offsets[10] + 7;
    Run r = run("cuthdr.pcap", Arrays.copyOf(original, cut));
    assertThat(r.summary().records()).isEqualTo(10);
    assertThat(r.summary().notes()).extracting(CaptureSummary.Note::offset).contains(offsets[10]);
  }

  @Test
  void fileCutInsideTheFileHeader_isOneClearError() throws Exception {
    Path p = dir.resolve("tiny.pcap");
    Files.write(p, Arrays.copyOf(original, 10));
    assertThatThrownBy(() -> PcapEventSource.open(p)).isInstanceOf(CaptureException.class)
        .hasMessageStartingWith(p.toString() + ": byte ")
        .hasMessageContaining("pcap header").hasNoCause();
  }

  @Test
  void textFile_isOneClearErrorNamingTheMagic() throws Exception {
    Path p = dir.resolve("notes.pcap");
    Files.writeString(p, "this is not a capture\n");
    assertThatThrownBy(() -> PcapEventSource.open(p)).isInstanceOf(CaptureException.class)
        .hasMessage(p + ": byte 0: not a pcap or pcapng file (magic 0x74686973)");
  }

  @Test
  void snapLengthCutPackets_stillCountButAreReported() throws Exception {
    Run r = run("snap.pcap", PcapFixtures.classic(recs, ByteOrder.LITTLE_ENDIAN, false, 96));
    long cut = recs.stream().filter(x -> x.data().length > 96).count();
    assertThat(cut).isPositive();
    assertThat(r.summary().count(SkipLog.SNAPLEN_CUT)).isEqualTo(cut);
    Run full = run("full.pcap", original);
    // packet counts per connection come from headers, so they survive the cut
    assertThat(pkts(r.events())).isEqualTo(pkts(full.events()));
  }

  private static long pkts(List<Event> events) {
    return events.stream().filter(Connection.class::isInstance).map(Connection.class::cast)
        .mapToLong(c -> c.origPkts() + c.respPkts()).sum();
  }

  @Test
  void outOfOrderTimestamps_areClampedAndReported() throws Exception {
    List<PcapFixtures.Rec> shuffled = new ArrayList<>(recs);
    PcapFixtures.Rec a = shuffled.get(20);
    shuffled.set(20, new PcapFixtures.Rec(a.micros() - 3_600_000_000L, a.data(), a.origLen()));
    Run r = run("ooo.pcap", PcapFixtures.classic(shuffled, ByteOrder.LITTLE_ENDIAN, false, 65535));
    assertThat(r.summary().count(SkipLog.OUT_OF_ORDER)).isEqualTo(1);
    assertThat(r.summary().notes()).extracting(CaptureSummary.Note::offset).contains(offsets[20]);
  }

  @Test
  void timestampJumpOfThirtyDays_isReadWholeNotResynchronised() throws Exception {
    List<PcapFixtures.Rec> paused = new ArrayList<>();
    long jump = 30L * 86_400_000_000L;
    for (int i = 0; i < recs.size(); i++) {
      PcapFixtures.Rec r = recs.get(i);
      paused.add(i < recs.size() / 3 ? r : new PcapFixtures.Rec(r.micros() + jump, r.data(), r.origLen()));
    }
    Run r = run("paused.pcap", PcapFixtures.classic(paused, ByteOrder.LITTLE_ENDIAN, false, 65535));
    assertThat(r.summary().count(SkipLog.BAD_RECORD_HEADER)).isZero();
    assertThat(r.summary().records()).isEqualTo(recs.size());
    Run full = run("full.pcap", original);
    assertThat(r.events()).filteredOn(NtlmAuth.class::isInstance).hasSize(
        (int) full.events().stream().filter(NtlmAuth.class::isInstance).count());
  }

  @Test
  void timestampJumpInTheLastRecord_isAcceptedAtEndOfFile() throws Exception {
    List<PcapFixtures.Rec> late = new ArrayList<>(recs);
    PcapFixtures.Rec last = late.get(late.size() - 1);
    late.set(late.size() - 1, new PcapFixtures.Rec(last.micros() + 400L * 86_400_000_000L,
        last.data(), last.origLen()));
    Run r = run("late.pcap", PcapFixtures.classic(late, ByteOrder.BIG_ENDIAN, false, 65535));
    assertThat(r.summary().count(SkipLog.BAD_RECORD_HEADER)).isZero();
    assertThat(r.summary().records()).isEqualTo(recs.size());
  }

  @Test
  void farJumpWithBadLengthAfterIt_isStillTreatedAsDamage() throws Exception {
    byte[] damaged = original.clone();
    int at = (int) offsets[300];
    ByteBuffer b = ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(at, b.getInt(at) + 90 * 86_400);
    int incl = b.getInt(at + 8);
    b.putInt(at + 16 + incl + 8, 0x7fffffff);
    Run r = run("badjump.pcap", damaged);
    assertThat(r.summary().count(SkipLog.BAD_RECORD_HEADER)).isEqualTo(1);
  }

  @Test
  void garbageBetweenRecords_isSkippedAndTheRestDecoded() throws Exception {
    int at = (int) offsets[recs.size() / 2];
    byte[] junk = new byte[333];
    new SplittableRandom(7).nextBytes(junk);
    byte[] damaged = new byte[original.length + junk.length];
    System.arraycopy(original, 0, damaged, 0, at);
    System.arraycopy(junk, 0, damaged, at, junk.length);
    System.arraycopy(original, at, damaged, at + junk.length, original.length - at);
    Run r = run("junk.pcap", damaged);
    assertThat(r.summary().count(SkipLog.BAD_RECORD_HEADER)).isEqualTo(1);
    assertThat(r.summary().notes()).extracting(CaptureSummary.Note::offset).contains((long) at);
    assertThat(r.summary().records()).isEqualTo(recs.size());
    Run full = run("full.pcap", original);
    assertThat(r.events()).isEqualTo(full.events());
  }

  @Test
  void overwrittenRecordHeader_losesOnlyThatRecord() throws Exception {
    byte[] damaged = original.clone();
    int at = (int) offsets[300];
    ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, 0x7fffffff);
    Run r = run("badlen.pcap", damaged);
    assertThat(r.summary().count(SkipLog.BAD_RECORD_HEADER)).isEqualTo(1);
    assertThat(r.summary().records()).isEqualTo(recs.size() - 1);
    assertThat(r.events()).filteredOn(NtlmAuth.class::isInstance).hasSize(6);
  }

  @Test
  void pcapngWithDamagedBlockAndCutEnd_continuesAndReportsBoth() throws Exception {
    byte[] ng = PcapFixtures.pcapng(recs, ByteOrder.LITTLE_ENDIAN);
    // damage the trailing length of the first packet block (after SHB 28 + IDBs 20 + 32 + NRB 16)
    int epb = 28 + 20 + 32 + 16;
    int len = ByteBuffer.wrap(ng).order(ByteOrder.LITTLE_ENDIAN).getInt(epb + 4);
    ByteBuffer.wrap(ng).order(ByteOrder.LITTLE_ENDIAN).putInt(epb + len - 4, 12345);
    Run r = run("bad.pcapng", Arrays.copyOf(ng, ng.length - 9));
    assertThat(r.summary().count(SkipLog.BAD_BLOCK)).isEqualTo(1);
    assertThat(r.summary().notes()).extracting(CaptureSummary.Note::offset).contains((long) epb);
    assertThat(r.summary().count(SkipLog.TRUNCATED_RECORD)).isEqualTo(1);
    assertThat(r.summary().records()).isEqualTo(recs.size() - 2);
    assertThat(r.summary().describe()).contains("damaged pcapng block").contains("byte " + epb);
  }
}
