package io.wormbench.traffic.codec.truth;

import io.wormbench.traffic.codec.Texts;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.Stage;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The run folder's {@code truth.csv}: one row per attack step, for spreadsheets and plotting
 * (RFC 4180, {@code \n} line ends, UTF-8). Columns: {@code id}, {@code stage} (the {@link Stage}
 * name), {@code technique}, {@code source}, {@code target} (dotted quads, {@code 0.0.0.0} for a
 * step with many targets), {@code start_ts}, {@code start}, {@code end_ts}, {@code end}
 * (microseconds and ISO-8601 UTC), {@code event_count} and {@code event_uids} (space-separated).
 * The hosts, timelines and look-alikes live only in truth.json.
 */
public final class TruthCsv {
  /** The header, in column order. */
  public static final List<String> HEADER = List.of("id", "stage", "technique", "source",
      "target", "start_ts", "start", "end_ts", "end", "event_count", "event_uids");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private TruthCsv() {}

  /** Writes one row per step to {@code file}, replacing it. */
  public static void write(Path file, List<AttackStep> steps) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, steps);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes header and rows to {@code out}. */
  public static void write(Appendable out, List<AttackStep> steps) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord(HEADER);
    for (AttackStep s : steps) {
      p.printRecord(Integer.toString(s.id()), s.stage().name(), s.technique(),
          Ipv4.format(s.source()), Ipv4.format(s.target()), Long.toString(s.start()),
          Micros.iso(s.start()), Long.toString(s.end()), Micros.iso(s.end()),
          Integer.toString(s.eventUids().size()), String.join(" ", s.eventUids()));
    }
    p.flush();
  }

  /** Reads the steps of {@code file}; a malformed row fails naming its line and column. */
  public static List<AttackStep> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, Texts.fileName(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads steps from {@code in}; {@code source} names it in error messages. */
  public static List<AttackStep> read(Reader in, String source) throws IOException {
    CSVFormat format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<AttackStep> steps = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new TrafficFormatException(source, 1, "", "header must be "
            + String.join(",", HEADER) + " but is " + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord r : parser) {
        steps.add(parse(r, source));
      }
    } catch (UncheckedIOException e) {
      throw new TrafficFormatException(source, 0, "", "malformed CSV: " + e.getMessage(), e);
    }
    return steps;
  }

  private static AttackStep parse(CSVRecord r, String source) {
    long line = r.getRecordNumber() + 1;
    if (r.size() != HEADER.size()) {
      throw new TrafficFormatException(source, line, "",
          "expected " + HEADER.size() + " fields but found " + r.size());
    }
    String field = "";
    try {
      field = "id";
      int id = Integer.parseInt(r.get(field));
      field = "stage";
      Stage stage = Stage.valueOf(r.get(field));
      field = "source";
      int src = Ipv4.parse(r.get(field));
      field = "target";
      int dst = Ipv4.parse(r.get(field));
      field = "start_ts";
      long start = Long.parseLong(r.get(field));
      field = "end_ts";
      long end = Long.parseLong(r.get(field));
      field = "event_uids";
      String uids = r.get(field);
      List<String> list = uids.isEmpty() ? List.of() : Arrays.asList(uids.split(" "));
      field = "event_count";
      if (Integer.parseInt(r.get(field)) != list.size()) {
        throw new IllegalArgumentException(
            "says " + r.get(field) + " but event_uids has " + list.size());
      }
      field = "";
      return new AttackStep(id, stage, r.get("technique"), src, dst, start, end, list);
    } catch (IllegalArgumentException e) {
      String text = field.isEmpty() ? "" : r.get(field);
      String problem = e instanceof NumberFormatException ? "not an integer: '" + text + "'"
          : e.getMessage().startsWith("No enum") ? "unknown stage '" + text + "'" : e.getMessage();
      throw new TrafficFormatException(source, line, field, problem, e);
    }
  }
}
