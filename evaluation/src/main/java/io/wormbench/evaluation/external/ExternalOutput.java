package io.wormbench.evaluation.external;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.alert.AlertCsv;
import java.nio.file.Path;
import java.util.List;

/**
 * The alert formats a batch external detector may write into {@code {out}}, each the file it
 * is read from and its reader. A format is one constant here: the reader is the one small
 * {@link AlertReader} interface, so the alert codecs {@code score} uses plug in unchanged.
 */
public enum ExternalOutput {
  /** Wormbench alerts.csv (evaluation/SCHEMA.md), read by {@link AlertCsv}. */
  ALERTS_CSV("alerts.csv", AlertCsv::read);

  /** Reads every alert of one file; a malformed file fails naming its line. */
  @FunctionalInterface
  public interface AlertReader {
    /** The alerts of {@code file}, in file order. */
    List<Alert> read(Path file);
  }

  private final String fileName;
  private final AlertReader reader;

  ExternalOutput(String fileName, AlertReader reader) {
    this.fileName = fileName;
    this.reader = reader;
  }

  /** The file the tool writes inside {@code {out}}. */
  public String fileName() {
    return fileName;
  }

  /** Reads {@code file}. */
  public List<Alert> read(Path file) {
    return reader.read(file);
  }
}
