package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.alert.AlertFormat;
import io.wormbench.traffic.codec.alert.AlertReadOptions;
import io.wormbench.traffic.codec.alert.AlertReader;
import io.wormbench.traffic.codec.alert.ToolAlert;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.GroundTruth;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a detector's alert file for scoring (SCORING.md "Alerts from other tools"): the format
 * is the one named or the one its content shows ({@link AlertFormat#detect}), and every alert
 * must fall inside the truth's time span, from its start to its end plus the matching window
 * (a flow alert can be raised when the flow times out after the last packet). An alert outside
 * it is an error naming the row, because it means a unit or clock mistake (milliseconds read
 * as seconds, a local time zone, another run's file), and scoring it would give a silent
 * recall of 0.
 */
public final class ToolAlerts {
  private ToolAlerts() {}

  /** What was read: the alerts, the format, and how many were skipped as unscorable (IPv6). */
  public record Read(List<ToolAlert> alerts, AlertFormat format, long skipped) {}

  /** Reads {@code file} in {@code format}, or in the format its content shows. */
  public static Read read(Path file, Optional<AlertFormat> format, AlertReadOptions options) {
    AlertFormat f = format.orElseGet(() -> AlertFormat.detect(file));
    try (AlertReader r = f.open(file, options)) {
      List<ToolAlert> all = r.readAll();
      return new Read(all, f, r.skipped());
    }
  }

  /** Fails naming the first alert of {@code file} outside the truth's span. */
  public static void checkSpan(Read read, Path file, GroundTruth truth, long matchingWindow) {
    long end = truth.end() + matchingWindow;
    for (ToolAlert a : read.alerts()) {
      long ts = a.alert().ts();
      if (ts < truth.start() || ts > end) {
        throw new TrafficFormatException(Texts.fileName(file), a.line(), "",
            "alert at " + Micros.iso(ts) + " is outside the truth's time span "
                + Micros.iso(truth.start()) + " .. " + Micros.iso(truth.end())
                + " (+ matching window): wrong time unit or zone, or another run's alerts?");
      }
    }
  }
}
