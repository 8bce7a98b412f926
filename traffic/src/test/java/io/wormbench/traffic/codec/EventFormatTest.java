package io.wormbench.traffic.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventFormatTest {
  @TempDir Path dir;

  private Path target(EventFormat f) {
    return switch (f) {
      case JSONL -> dir.resolve("events.jsonl");
      case CSV -> dir.resolve("events.csv");
      case PCAP -> dir.resolve("events.pcap");
      default -> dir.resolve("zeek-out");
    };
  }

  /** Pcap carries only what packets carry; its own round-trip tests live in codec.pcap. */
  @ParameterizedTest
  @EnumSource(value = EventFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "PCAP")
  void everyTextFormat_roundTripsEveryRecordType(EventFormat format) {
    Path out = target(format);
    long n = format.create(out).writeAll(EventSource.of(SampleEvents.all()));
    List<Event> back = new ArrayList<>();
    try (EventSource s = format.open(out)) {
      s.forEachRemaining(back::add);
    }
    assertThat(n).isEqualTo(SampleEvents.all().size());
    assertThat(back).isEqualTo(SampleEvents.all());
  }

  @ParameterizedTest
  @EnumSource(EventFormat.class)
  void everyFormatsOutput_isDetected(EventFormat format) {
    Path out = target(format);
    format.create(out).writeAll(EventSource.of(SampleEvents.all()));
    assertThat(EventFormat.detect(out)).contains(format);
  }

  @Test
  void pcapFormat_writesACaptureThatReadsBackTheConnections() {
    Path out = target(EventFormat.PCAP);
    EventFormat.PCAP.create(out).writeAll(EventSource.of(SampleEvents.all()));
    List<Object> written = SampleEvents.all().stream()
        .filter(e -> e instanceof io.wormbench.traffic.event.Connection).map(e -> (Object) e.id())
        .toList();
    List<Object> read = new ArrayList<>();
    try (EventSource s = EventFormat.PCAP.open(out)) {
      s.forEachRemaining(e -> {
        if (e instanceof io.wormbench.traffic.event.Connection) {
          read.add(e.id());
        }
      });
    }
    assertThat(read).containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  void singleZeekLogs_areDetectedByContent() {
    EventFormat.ZEEK_TSV.create(dir.resolve("tsv")).writeAll(EventSource.of(SampleEvents.all()));
    EventFormat.ZEEK_JSON.create(dir.resolve("json")).writeAll(EventSource.of(SampleEvents.all()));
    assertThat(EventFormat.detect(dir.resolve("tsv/conn.log"))).contains(EventFormat.ZEEK_TSV);
    assertThat(EventFormat.detect(dir.resolve("json/conn.log"))).contains(EventFormat.ZEEK_JSON);
  }

  @Test
  void unknownExtensionOrEmptyDirectory_isNotDetected() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThat(EventFormat.detect(dir.resolve("notes.txt"))).isEmpty();
    Files.createDirectory(dir.resolve("empty"));
    assertThat(EventFormat.detect(dir.resolve("empty"))).isEmpty();
  }

  @Test
  void outputExtension_picksFormat() {
    assertThat(EventFormat.ofExtension(Path.of("out/run.JSONL"))).contains(EventFormat.JSONL);
    assertThat(EventFormat.ofExtension(Path.of("run.csv"))).contains(EventFormat.CSV);
    assertThat(EventFormat.ofExtension(Path.of("cap.pcapng"))).contains(EventFormat.PCAP);
    assertThat(EventFormat.ofExtension(Path.of("zeek-dir"))).isEmpty();
  }

  @Test
  void unknownName_failsListingValidNames() {
    assertThat(EventFormat.named("zeek-json")).isEqualTo(EventFormat.ZEEK_JSON);
    assertThatThrownBy(() -> EventFormat.named("parquet"))
        .hasMessage("unknown event format 'parquet'; use one of jsonl, csv, zeek, zeek-json, pcap");
  }
}
