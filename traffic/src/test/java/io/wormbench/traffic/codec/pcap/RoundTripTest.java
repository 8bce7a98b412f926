package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: events -> pcap -> decoded events gives back the same events on every field
 * (uids aside, which a pcap does not carry: they are compared through the links they make).
 */
class RoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void generatedEvents_surviveWriteAndRead(long seed) {
    List<Event> in = EventGenerator.generate(seed, 40);
    Path p = dir.resolve("rt-" + seed + ".pcap");
    PcapWriter.Stats stats = PcapWriter.write(EventSource.of(in), p);
    assertThat(stats.dropped()).isEmpty();
    assertThat(stats.overBudget()).isEmpty();
    List<Event> back;
    CaptureSummary summary;
    try (PcapEventSource s = PcapEventSource.open(p)) {
      back = new java.util.ArrayList<>();
      s.forEachRemaining(back::add);
      summary = s.summary();
    }
    assertThat(summary.skipped()).as(summary.describe()).isZero();
    assertThat(summary.records()).isEqualTo(stats.packets());
    RealCaptureTest.assertTimeOrderedAndLinked(back);
    assertThat(canonical(back)).isEqualTo(canonical(in));
  }

  /** Each event as text with its uid replaced by its Connection's position in time order. */
  static List<String> canonical(List<Event> events) {
    Map<String, String> names = new HashMap<>();
    for (Event e : events) {
      if (e instanceof Connection c) {
        names.put(c.uid(), "conn@" + c.ts() + "/" + c.id());
      }
    }
    return events.stream()
        .map(e -> e.toString().replace("uid=" + e.uid(), "uid=" + names.get(e.uid())))
        .sorted().toList();
  }
}
