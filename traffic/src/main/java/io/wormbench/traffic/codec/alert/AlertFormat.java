package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.TrafficFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The alert formats Wormbench reads, from its own detectors and from other tools, each a
 * constructor reference (one place to register a format). {@link #detect} tells them apart by
 * content, never by file name: a format's first record is distinctive (an EVE {@code
 * event_type}, a Zeek {@code #path notice} header or {@code note} key, an IDMEFv2 {@code
 * Status}, an nDPI {@code ndpi} object, the alerts.csv header). {@link #MAPPED} is never
 * detected; it needs a {@link ColumnMap}. Every reader documents its severity-to-score rule.
 */
public enum AlertFormat {
  /** Wormbench's alerts.csv ({@link AlertCsv}); ts in seconds, ms or us. */
  ALERTS_CSV("alerts-csv", AlertCsvReader::new),
  /** Suricata EVE JSON, alert events. */
  EVE("eve", EveAlertReader::new),
  /** Zeek notice.log, TSV or JSON. */
  ZEEK_NOTICE("zeek-notice", ZeekNotice::open),
  /** Stratosphere Slips alerts.json (IDMEFv2). */
  SLIPS("slips", SlipsAlertReader::new),
  /** nDPI flow risks in nDPI's JSON flow records. */
  NDPI("ndpi", NdpiAlertReader::new),
  /** Any CSV or JSON lines through {@code --map}. */
  MAPPED("mapped", MappedAlertReader::new);

  private static final int SNIFF_CHARS = 1 << 16;

  private final String cliName;
  private final AlertReader.Factory factory;

  AlertFormat(String cliName, AlertReader.Factory factory) {
    this.cliName = cliName;
    this.factory = factory;
  }

  /** The name {@code --format} takes. */
  public String cliName() {
    return cliName;
  }

  /** Opens a reader of this format over {@code in}. */
  public AlertReader open(BufferedReader in, String source, AlertReadOptions options) {
    return factory.open(in, source, options);
  }

  /** Opens {@code file} in this format. */
  public AlertReader open(Path file, AlertReadOptions options) {
    return open(reader(file), Texts.fileName(file), options);
  }

  /** The format named {@code name} on a command line ({@code eve}, {@code zeek-notice}...). */
  public static Optional<AlertFormat> ofName(String name) {
    for (AlertFormat f : values()) {
      if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Every {@code --format} name, for help and completion. */
  public static List<String> names() {
    return java.util.Arrays.stream(values()).map(AlertFormat::cliName).toList();
  }

  /** Tells the format of {@code file} from its content; fails naming the file if none fits. */
  public static AlertFormat detect(Path file) {
    try (BufferedReader in = reader(file)) {
      return detect(in, Texts.fileName(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Tells the format of {@code in} from its first records; {@code in} is reset after. */
  public static AlertFormat detect(BufferedReader in, String source) {
    try {
      in.mark(SNIFF_CHARS);
      char[] buf = new char[SNIFF_CHARS];
      int n = 0;
      for (int r; n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0; ) {
        n += r;
      }
      in.reset();
      // Formats are told from the first line (a header, a JSON record), so that is the place.
      return sniff(new String(buf, 0, n)).orElseThrow(() -> new TrafficFormatException(source, 1,
          "", "cannot tell the alert format (none of " + String.join(", ", names())
              + " fits the first records); name it with --format"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  static Optional<AlertFormat> sniff(String head) {
    String first = "";
    for (String line : head.split("\n", 64)) {
      if (!line.isBlank()) {
        first = line.strip();
        break;
      }
    }
    if (first.startsWith("#")) {
      return head.contains("#path\tnotice") ? Optional.of(ZEEK_NOTICE) : Optional.empty();
    }
    if (first.startsWith("{")) {
      if (first.contains("\"event_type\"")) {
        return Optional.of(EVE);
      }
      if (first.contains("\"note\"") && (first.contains("\"ts\""))) {
        return Optional.of(ZEEK_NOTICE);
      }
      if (first.contains("\"Status\"") && first.contains("\"StartTime\"")) {
        return Optional.of(SLIPS);
      }
      if (first.contains("\"ndpi\"") || first.contains("\"flow_risk\"")) {
        return Optional.of(NDPI);
      }
      return Optional.empty();
    }
    return AlertCsvReader.acceptsHeader(List.of(first.split(",", -1))) ? Optional.of(ALERTS_CSV)
        : Optional.empty();
  }

  private static BufferedReader reader(Path file) {
    try {
      return new BufferedReader(new io.wormbench.traffic.codec.Utf8Reader(Files.newInputStream(file),
          Texts.fileName(file)), SNIFF_CHARS + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
