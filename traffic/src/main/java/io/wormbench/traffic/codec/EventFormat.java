package io.wormbench.traffic.codec;

import io.wormbench.traffic.codec.csv.EventCsvReader;
import io.wormbench.traffic.codec.csv.EventCsvWriter;
import io.wormbench.traffic.codec.jsonl.JsonLinesReader;
import io.wormbench.traffic.codec.jsonl.JsonLinesWriter;
import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.codec.zeek.ZeekEventSource;
import io.wormbench.traffic.codec.zeek.ZeekJsonWriter;
import io.wormbench.traffic.codec.zeek.ZeekTsvWriter;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed set of event file formats, each a pair of constructor references (after
 * Caffeine's simulator {@code TraceFormat}): {@link #open(Path)} gives the one
 * {@link EventSource} type every reader hands out, {@link #create(Path)} an
 * {@link EventWriter}. A new format is one constant here plus its reader and writer classes.
 * Zeek formats read a single log or a directory of logs and write a directory.
 */
public enum EventFormat {
  /** JSON lines, one object per event with a {@code kind} field (see JsonLinesWriter). */
  JSONL("jsonl", List.of(".jsonl", ".ndjson"), JsonLinesReader::new, JsonLinesWriter::new),
  /** One CSV file, a {@code kind} column and the union of all fields (see EventCsv). */
  CSV("csv", List.of(".csv"), EventCsvReader::new, EventCsvWriter::new),
  /** Zeek's tab-separated ASCII logs; writes a directory of {@code <log>.log}. */
  ZEEK_TSV("zeek", List.of(), ZeekEventSource::open, ZeekTsvWriter::new),
  /** Zeek's JSON logs ({@code LogAscii::use_json=T}); writes a directory. */
  ZEEK_JSON("zeek-json", List.of(), ZeekEventSource::open, ZeekJsonWriter::new),
  /** Packet captures: classic pcap or pcapng in, classic pcap out (see PcapEventSource). */
  PCAP("pcap", List.of(".pcap", ".pcapng", ".cap"), PcapEventSource::open,
      path -> EventWriter.adapt(PcapWriter.open(path), PcapWriter::write));

  private final String id;
  private final List<String> extensions;
  private final Function<Path, EventSource> opener;
  private final Function<Path, EventWriter> creator;

  EventFormat(String id, List<String> extensions, Function<Path, EventSource> opener,
      Function<Path, EventWriter> creator) {
    this.id = id;
    this.extensions = extensions;
    this.opener = opener;
    this.creator = creator;
  }

  /** The name used on the command line: jsonl, csv, zeek, zeek-json, pcap. */
  public String id() {
    return id;
  }

  /** File name endings that identify the format (lower case, with the dot). */
  public List<String> extensions() {
    return extensions;
  }

  /** Opens {@code path} as a time-ordered event stream. */
  public EventSource open(Path path) {
    return opener.apply(path);
  }

  /** Creates (or replaces) {@code path} and returns a writer into it. */
  public EventWriter create(Path path) {
    return creator.apply(path);
  }

  /** The format whose {@link #id()} is {@code id}; the message lists the valid ids. */
  public static EventFormat named(String id) {
    for (EventFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown event format '" + id + "'; use one of "
        + Arrays.stream(values()).map(EventFormat::id).collect(Collectors.joining(", ")));
  }

  /**
   * The format of an existing file or directory: a directory holding Zeek logs is Zeek (TSV or
   * JSON by its first log's content); a file by its extension, and for {@code .log},
   * {@code .json} and {@code .gz} files by content ({@code #} opens a Zeek TSV header; a JSON
   * object with a {@code kind} field is Wormbench JSON lines, any other JSON object a Zeek JSON
   * log).
   */
  public static Optional<EventFormat> detect(Path path) {
    return FormatSniffer.detect(path);
  }

  /** The format an output path asks for by its extension alone, e.g. {@code events.jsonl}. */
  public static Optional<EventFormat> ofExtension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    for (EventFormat f : values()) {
      for (String ext : f.extensions) {
        if (name.endsWith(ext)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
