package io.wormbench.traffic.codec.labels;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Stage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code labels.csv}: one row per connection of a run (RFC 4180, {@code \n}, UTF-8), in the
 * order of the event stream, so machine-learning users get flow labels without reading
 * truth.json. {@code ts} and {@code duration} are seconds with six decimals as in Zeek's
 * conn.log; {@code community_id} is Community ID v1, seed 0, so third-party flow records
 * (Suricata, Zeek with the community-id package, CICFlowMeter) join on it; {@code label} is
 * {@code benign} or {@code malicious}; {@code lookalike} the benign look-alike kind;
 * {@code stage}, {@code technique} and {@code step} the attack step of a malicious flow (empty
 * otherwise).
 */
public final class LabelsCsv {
  /** The header, in column order. */
  public static final List<String> HEADER = List.of("ts", "uid", "community_id", "proto",
      "orig_h", "orig_p", "resp_h", "resp_p", "duration", "label", "lookalike", "stage",
      "technique", "step");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
      .get();

  private LabelsCsv() {}

  /** Opens a streaming writer on {@code file}; the header is written at once. */
  public static RowWriter writer(Path file) {
    try {
      return new RowWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Streams every row of {@code file} to {@code sink}; a bad row fails naming line and field. */
  public static void read(Path file, Consumer<FlowLabel> sink) {
    String source = Texts.fileName(file);
    CSVFormat format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new TrafficFormatException(source, 1, "", "header must be "
            + String.join(",", HEADER) + " but is " + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord r : parser) {
        sink.accept(parse(r, source));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new TrafficFormatException(source, 0, "", "cannot read: " + e.getMessage());
    }
  }

  private static FlowLabel parse(CSVRecord r, String source) {
    long line = r.getRecordNumber() + 1;
    String field = "";
    try {
      field = "ts";
      long ts = Micros.parseZeek(r.get("ts"));
      field = "proto";
      Transport proto = Transport.valueOf(r.get("proto").toUpperCase(Locale.ROOT));
      field = "orig_h";
      int oh = Ipv4.parse(r.get("orig_h"));
      field = "orig_p";
      int op = Integer.parseInt(r.get("orig_p"));
      field = "resp_h";
      int rh = Ipv4.parse(r.get("resp_h"));
      field = "resp_p";
      int rp = Integer.parseInt(r.get("resp_p"));
      field = "duration";
      long duration = Micros.parseZeek(r.get("duration"));
      field = "label";
      boolean malicious = switch (r.get("label")) {
        case "malicious" -> true;
        case "benign" -> false;
        default -> throw new IllegalArgumentException("must be benign or malicious");
      };
      field = "stage";
      Optional<Stage> stage = r.get("stage").isEmpty() ? Optional.empty()
          : Optional.of(Stage.valueOf(r.get("stage")));
      field = "step";
      int step = r.get("step").isEmpty() ? FlowLabel.NO_STEP : Integer.parseInt(r.get("step"));
      return new FlowLabel(ts, r.get("uid"), r.get("community_id"), proto,
          new ConnId(oh, op, rh, rp), duration, malicious, r.get("lookalike"), stage,
          r.get("technique"), step);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new TrafficFormatException(source, line, field, String.valueOf(e.getMessage()));
    }
  }

  /** A streaming labels.csv writer. */
  public static final class RowWriter implements AutoCloseable {
    private final CSVPrinter printer;

    RowWriter(Writer out) throws IOException {
      this.printer = new CSVPrinter(out, FORMAT);
      printer.printRecord(HEADER);
    }

    /** Appends one row. */
    public void write(FlowLabel l) {
      try {
        printer.printRecord(Micros.zeek(l.ts()), l.uid(), l.communityId(), l.proto().zeekName(),
            Ipv4.format(l.id().origH()), l.id().origP(), Ipv4.format(l.id().respH()),
            l.id().respP(), Micros.zeek(l.duration()), l.label(), l.lookalike(),
            l.stage().map(Stage::name).orElse(""), l.technique(),
            l.step() == FlowLabel.NO_STEP ? "" : Integer.toString(l.step()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        printer.close(true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
