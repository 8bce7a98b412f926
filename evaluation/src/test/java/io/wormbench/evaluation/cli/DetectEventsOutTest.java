package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code detect --events-out}: the decoded events of a real capture, written atomically. */
class DetectEventsOutTest {
  static final Path WIKIPEDIA = DetectSkipSummaryTest.CAPTURES.resolve("wikipedia.pcap");

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static List<Event> read(EventSource s) {
    List<Event> all = new ArrayList<>();
    try (s) {
      s.forEachRemaining(all::add);
    }
    return all;
  }

  @Test
  void jsonl_readsBackAsTheDecodedEvents() {
    Path events = tmp.resolve("events.jsonl");
    assertThat(run("detect", WIKIPEDIA.toString(), "--events-out", events.toString(), "--out",
        tmp.resolve("det").toString())).as(err.toString()).isZero();
    List<Event> direct = read(PcapEventSource.open(WIKIPEDIA));
    assertThat(direct).hasSizeGreaterThan(34);
    assertThat(read(EventFormat.JSONL.open(events))).isEqualTo(direct);
    assertThat(out.toString()).contains(direct.size() + " decoded events written to");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void zeekFolder_holdsTheConnectionsZeekLogs() {
    // Zeek's own baseline for this capture logs 34 connections, 3 of them over IPv6 (tshark:
    // two LLMNR and one mDNS conversation), which the IPv4 event model does not carry
    List<String> uids = read(PcapEventSource.open(WIKIPEDIA)).stream()
        .filter(e -> e instanceof Connection).map(Event::uid).toList();
    assertThat(uids).hasSize(31);
    for (String fmt : List.of("zeek", "zeek-json")) {
      Path dir = tmp.resolve("zeek-" + fmt);
      assertThat(run("detect", WIKIPEDIA.toString(), "--events-out", dir.toString(),
          "--events-format", fmt, "--out", tmp.resolve("det").toString())).as(err.toString())
          .isZero();
      assertThat(dir.resolve("conn.log")).isNotEmptyFile();
      assertThat(read(EventFormat.named(fmt).open(dir)).stream()
          .filter(e -> e instanceof Connection).map(Event::uid).toList()).as(fmt)
          .containsExactlyElementsOf(uids);
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void failedRead_leavesThePreviousFileWhole() throws Exception {
    Path events = tmp.resolve("events.jsonl");
    Files.writeString(events, "previous\n");
    assertThat(run("detect", DetectSkipSummaryTest.CAPTURES.resolve("ipv6-only.pcap")
        .toString(), "--events-out", events.toString(), "--out", tmp.resolve("det").toString()))
        .isEqualTo(2);
    assertThat(events).hasContent("previous");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void zeekTargetHoldingOtherFiles_refusedBeforeReading() throws Exception {
    Path dir = tmp.resolve("mine");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "keep");
    assertThat(run("detect", WIKIPEDIA.toString(), "--events-out", dir.toString(),
        "--events-format", "zeek", "--out", tmp.resolve("det").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("--events-out", "other than *.log");
    assertThat(dir.resolve("notes.txt")).hasContent("keep");
  }

  @Test
  void pcapEventsFormat_refused() {
    assertThat(run("detect", WIKIPEDIA.toString(), "--events-out", tmp.resolve("x").toString(),
        "--events-format", "pcap")).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString().contains("--events-format");
  }

  private List<Path> leftovers() {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().contains(".wormbench-")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
