package io.wormbench.evaluation.cli;

import io.wormbench.traffic.codec.pcap.CaptureSummary;
import io.wormbench.traffic.codec.pcap.PcapEventSource;
import io.wormbench.traffic.codec.zeek.ZeekEventSource;
import io.wormbench.traffic.event.EventSource;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why a source gave no events, in one line for the exit-2 message: a capture's records and
 * what was skipped by reason (IPv6, not IP, truncated, unsupported link type...), a Zeek log's
 * skipped rows by reason. An IPv6-only capture thus says so instead of "no events" alone.
 */
final class SkipSummaries {
  private SkipSummaries() {}

  /** {@code " (...)"} naming what was read and skipped, or empty when there is nothing to say. */
  static String why(EventSource src) {
    if (src instanceof PcapEventSource p) {
      CaptureSummary s = p.summary();
      String head = String.format(Locale.ROOT, " (%s, %d %s read, %d packets decoded", s.format(),
          s.records(), s.records() == 1 ? "record" : "records", s.decoded());
      if (s.counts().isEmpty()) {
        return head + ", nothing skipped)";
      }
      return head + "; skipped: " + s.counts().entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).map(e -> e.getValue() + " x " + e.getKey())
          .collect(Collectors.joining(", ")) + ")";
    }
    if (src instanceof ZeekEventSource z && !z.skipSummary().isEmpty()) {
      return " (" + String.join("; ", z.skipSummary()) + ")";
    }
    return "";
  }
}
