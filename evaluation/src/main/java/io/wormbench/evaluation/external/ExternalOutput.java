package io.wormbench.evaluation.external;

import io.wormbench.traffic.codec.alert.AlertFormat;
import io.wormbench.traffic.codec.alert.AlertReadOptions;
import io.wormbench.traffic.codec.alert.ToolAlert;
import java.nio.file.Path;
import java.util.List;

/**
 * The alert formats a batch external detector may write into {@code {out}}, each the file it
 * is read from and its reader: the same {@link AlertFormat} codecs {@code wormbench score}
 * uses, one constant each.
 */
public enum ExternalOutput {
  /** Wormbench alerts.csv (evaluation/SCHEMA.md); ts in seconds, ms or us. */
  ALERTS_CSV("alerts.csv", of(AlertFormat.ALERTS_CSV)),
  /** Suricata EVE JSON, its alert events. */
  EVE("eve.json", of(AlertFormat.EVE)),
  /** Zeek notice.log, TSV or JSON. */
  ZEEK_NOTICE("notice.log", of(AlertFormat.ZEEK_NOTICE)),
  /** Stratosphere Slips alerts.json (IDMEFv2). */
  SLIPS("alerts.json", of(AlertFormat.SLIPS)),
  /** nDPI's JSON flow records with flow risks. */
  NDPI("ndpi.json", of(AlertFormat.NDPI));

  /** Reads every alert of one file; a malformed file fails naming its line. */
  @FunctionalInterface
  public interface AlertReader {
    /** The alerts of {@code file} with the flows they name, in file order. */
    List<ToolAlert> read(Path file);
  }

  private final String fileName;
  private final AlertReader reader;

  ExternalOutput(String fileName, AlertReader reader) {
    this.fileName = fileName;
    this.reader = reader;
  }

  /** A reader through the alert codec {@code format}, as {@code wormbench score} reads it. */
  private static AlertReader of(AlertFormat format) {
    return file -> {
      try (io.wormbench.traffic.codec.alert.AlertReader r =
          format.open(file, AlertReadOptions.DEFAULTS)) {
        return r.readAll();
      }
    };
  }

  /** The file the tool writes inside {@code {out}}. */
  public String fileName() {
    return fileName;
  }

  /** Reads {@code file}. */
  public List<ToolAlert> read(Path file) {
    return reader.read(file);
  }
}
