package io.wormbench.traffic.codec.pcap;

import java.util.List;
import java.util.Map;

/**
 * What a capture read kept and what it skipped: records read, packets decoded into flows, and
 * each skipped or repaired item with the byte offset of the record it came from, so a researcher
 * can see at a glance whether a truncated or damaged capture lost anything that matters. Counts
 * are keyed by reason in sorted order; {@code notes} holds the first occurrences in full.
 *
 * @param file the capture path as given
 * @param format {@code pcap} (with byte order and resolution) or {@code pcapng}
 * @param records packet records read from the file
 * @param decoded packets decoded as IPv4 TCP/UDP and fed to flow assembly
 * @param counts number of skipped or repaired items by reason
 * @param notes the first skipped or repaired items, each with its byte offset
 */
public record CaptureSummary(String file, String format, long records, long decoded,
    Map<String, Long> counts, List<Note> notes) {

  /** One skipped or repaired item. */
  public record Note(long offset, String reason) {
    @Override
    public String toString() {
      return "byte " + offset + ": " + reason;
    }
  }

  public CaptureSummary {
    counts = Map.copyOf(counts);
    notes = List.copyOf(notes);
  }

  /** Total items skipped or repaired. */
  public long skipped() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Count for one reason, 0 when absent. */
  public long count(String reason) {
    return counts.getOrDefault(reason, 0L);
  }

  /** Multi-line human-readable report, one line per reason then the first notes. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(" (").append(format).append("): ").append(records)
        .append(" records, ").append(decoded).append(" packets decoded");
    if (counts.isEmpty()) {
      return sb.append(", nothing skipped").toString();
    }
    new java.util.TreeMap<>(counts).forEach((reason, n) ->
        sb.append(System.lineSeparator()).append("  ").append(n).append(" x ").append(reason));
    for (Note note : notes) {
      sb.append(System.lineSeparator()).append("  ").append(file).append(": ").append(note);
    }
    return sb.toString();
  }
}
