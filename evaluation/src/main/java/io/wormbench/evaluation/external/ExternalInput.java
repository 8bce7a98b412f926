package io.wormbench.evaluation.external;

import io.wormbench.traffic.codec.EventFormat;

/**
 * The traffic form a batch external detector reads, each the name of an {@link EventFormat}
 * and where it is written inside the tool's input folder: {@code {input}} is that path.
 */
public enum ExternalInput {
  /** Zeek TSV logs; {@code {input}} is the folder holding conn.log, dns.log, ... */
  ZEEK(EventFormat.ZEEK_TSV, "zeek"),
  /** Zeek JSON logs; {@code {input}} is their folder. */
  ZEEK_JSON(EventFormat.ZEEK_JSON, "zeek-json"),
  /** Wormbench JSON lines; {@code {input}} is the file. */
  JSONL(EventFormat.JSONL, "events.jsonl"),
  /** A classic pcap rendered from the events; {@code {input}} is the file. */
  PCAP(EventFormat.PCAP, "traffic.pcap");

  private final EventFormat format;
  private final String fileName;

  ExternalInput(EventFormat format, String fileName) {
    this.format = format;
    this.fileName = fileName;
  }

  /** The event format written. */
  public EventFormat format() {
    return format;
  }

  /** The file or folder name inside the input folder. */
  public String fileName() {
    return fileName;
  }
}
