package io.wormbench.traffic.codec;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Records of one text file that are well-formed but outside Wormbench's model (a Zeek row with
 * IPv6 endpoints, an SMB action it does not model), counted by reason with the first line of
 * each, so a reader can skip them without losing them silently: {@link #describe()} is the one
 * line a command prints per file. The pcap side keeps its own by-reason log
 * ({@code codec.pcap.SkipLog}) with byte offsets.
 */
public final class SkippedRecords {
  private final String source;
  /** Reason to {count, first line}. */
  private final Map<String, long[]> byReason = new TreeMap<>();

  /** A counter for {@code source}, the file name used in messages. */
  public SkippedRecords(String source) {
    this.source = source;
  }

  /** Counts one record of {@code reason} skipped at {@code line}. */
  public void add(String reason, long line) {
    long[] c = byReason.computeIfAbsent(reason, r -> new long[] {0, line});
    c[0]++;
  }

  /** Records skipped so far, all reasons. */
  public long total() {
    return byReason.values().stream().mapToLong(c -> c[0]).sum();
  }

  /** Records skipped for {@code reason}. */
  public long count(String reason) {
    long[] c = byReason.get(reason);
    return c == null ? 0 : c[0];
  }

  /**
   * One line, e.g. {@code conn.log: 33 rows skipped: 33 IPv6 (first at line 9)}, or empty when
   * nothing was skipped.
   */
  public Optional<String> describe() {
    if (byReason.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(source).append(": ").append(total())
        .append(total() == 1 ? " row" : " rows").append(" skipped:");
    String sep = " ";
    for (Map.Entry<String, long[]> e : byReason.entrySet()) {
      b.append(sep).append(String.format(Locale.ROOT, "%d %s (first at line %d)",
          e.getValue()[0], e.getKey(), e.getValue()[1]));
      sep = ", ";
    }
    return Optional.of(b.toString());
  }
}
