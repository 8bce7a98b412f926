package io.wormbench.traffic.codec.labels;

import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.EventWriter;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.GroundTruth;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.Stage;
import java.util.stream.Stream;

/**
 * Writes a run's flow labels ({@code labels.csv} and the Stratosphere-style
 * {@code conn.log.labeled}) with memory bounded by the truth, not by the run. The truth is
 * complete only when the stream ends (a step's uids are known once the step is over), so
 * labelling takes two passes: while events stream, every connection goes to a scratch Zeek
 * conn.log on disk ({@link #accept}); when the run is over, {@link #finish} streams that file
 * back, labels each connection by uid ({@link FlowLabeler}, which holds only the truth's
 * uids), writes both outputs and deletes the scratch file.
 *
 * <p>{@code conn.log.labeled} is the conn.log as Wormbench's Zeek writer lays it out, with the
 * three last columns written as IoT-23 writes them: {@code tunnel_parents}, {@code label} and
 * {@code detailed-label} separated by three spaces, not a tab, in the {@code #fields} and
 * {@code #types} lines and in every row, so the tools written for IoT-23 read it unchanged.
 */
public final class LabelsPass implements EventWriter {
  /** The scratch folder under the output folder. */
  static final String SCRATCH = ".labels-scratch";

  private final Path out;
  private final Path scratch;
  private final EventWriter conn;

  /** Starts a labels pass writing into {@code out}. */
  public LabelsPass(Path out) {
    this.out = out;
    this.scratch = out.resolve(SCRATCH);
    this.conn = EventFormat.ZEEK_TSV.create(scratch);
  }

  @Override
  public void accept(Event e) {
    if (e instanceof Connection) {
      conn.accept(e);
    }
  }

  /** Flushes the scratch conn.log; {@link #finish} must follow. */
  @Override
  public void close() {
    conn.close();
  }

  /** Labels every connection from {@code truth}, writes the outputs, removes the scratch. */
  public long finish(GroundTruth truth) {
    FlowLabeler labeler = new FlowLabeler(truth);
    Path log = scratch.resolve("conn.log");
    long n = 0;
    try {
      if (Files.exists(log)) {
        labeled(log, out.resolve("conn.log.labeled"), labeler);
        try (EventSource events = EventFormat.ZEEK_TSV.open(scratch);
            LabelsCsv.RowWriter w = LabelsCsv.writer(out.resolve("labels.csv"))) {
          while (events.hasNext()) {
            if (events.next() instanceof Connection c) {
              w.write(labeler.label(c));
              n++;
            }
          }
        }
      } else {
        LabelsCsv.writer(out.resolve("labels.csv")).close();
      }
    } finally {
      delete(scratch);
    }
    return n;
  }

  private static void labeled(Path log, Path target, FlowLabeler labeler) {
    try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      Map<String, Integer> columns = new HashMap<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#fields\t") || line.startsWith("#types\t")) {
          boolean fields = line.startsWith("#fields\t");
          if (fields) {
            String[] names = line.split("\t", -1);
            for (int i = 1; i < names.length; i++) {
              columns.put(names[i], i - 1);
            }
          }
          w.write(line + (fields ? "   label   detailed-label" : "   string   string") + "\n");
        } else if (line.startsWith("#")) {
          w.write(line + "\n");
        } else {
          String uid = line.split("\t", -1)[columns.get("uid")];
          Optional<Stage> stage = labeler.step(uid).map(AttackStep::stage);
          w.write(line + "   " + StratosphereLabels.label(stage) + "   "
              + StratosphereLabels.detailed(stage) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
