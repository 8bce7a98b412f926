package io.wormbench.traffic.codec.pcap;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Collects skipped and repaired items while a capture is read; the reader, the flow table and
 * the decoders share one log so the summary covers every layer. Keeps every count but only the
 * first few notes of each reason, so a capture full of garbage cannot exhaust memory and
 * one frequent harmless reason (IPv6 packets) cannot hide a rare one (a damaged record).
 */
public final class SkipLog {
  /** Reasons, spelled once so tests and summaries agree. */
  public static final String TRUNCATED_RECORD = "truncated record at end of file";
  public static final String BAD_RECORD_HEADER = "implausible record header, resynchronised";
  public static final String BAD_BLOCK = "damaged pcapng block, resynchronised";
  public static final String SNAPLEN_CUT = "packet cut by snap length";
  public static final String OUT_OF_ORDER = "timestamp earlier than previous packet, clamped";
  public static final String IPV6 = "IPv6 (not decoded)";
  public static final String NOT_IP = "not IP (ARP, 802.3/LLC or other)";
  public static final String NOT_TCP_UDP = "IPv4 but not TCP or UDP";
  public static final String FRAGMENT = "IPv4 fragment";
  public static final String MALFORMED = "malformed link/IP/TCP/UDP header";
  public static final String LINK_TYPE = "unsupported link type";
  public static final String UNKNOWN_INTERFACE = "packet of an undeclared pcapng interface";
  public static final String STREAM_GAP = "TCP stream gap, protocol decoding stopped";
  public static final String LATE_RECORD =
      "application record stamped before the flow hold of a long connection, dropped";
  public static final String APP_MALFORMED = "malformed application message";
  public static final String BAD_TIMESTAMP = "timestamp before 1970 or after 9999";

  private static final int NOTES_PER_REASON = 5;
  private final TreeMap<String, Long> counts = new TreeMap<>();
  private final List<CaptureSummary.Note> notes = new ArrayList<>();

  /**
   * Records one item of {@code reason} found at byte {@code offset}; true when its note was
   * kept, so callers build detail text (with {@link #detail}) only then, not per packet.
   */
  public boolean add(long offset, String reason) {
    long n = counts.merge(reason, 1L, Long::sum);
    if (n <= NOTES_PER_REASON) {
      notes.add(new CaptureSummary.Note(offset, reason));
      return true;
    }
    return false;
  }

  /** Adds detail to the note just kept by {@link #add(long, String)}. */
  public void detail(String detail) {
    CaptureSummary.Note last = notes.remove(notes.size() - 1);
    notes.add(new CaptureSummary.Note(last.offset(), last.reason() + " (" + detail + ")"));
  }

  /** Records one item with extra detail for the note. */
  public void add(long offset, String reason, String detail) {
    long n = counts.merge(reason, 1L, Long::sum);
    if (n <= NOTES_PER_REASON) {
      notes.add(new CaptureSummary.Note(offset, detail.isEmpty() ? reason : reason + " (" + detail + ")"));
    }
  }

  public CaptureSummary summary(String file, String format, long records, long decoded) {
    return new CaptureSummary(file, format, records, decoded, counts, notes);
  }
}
