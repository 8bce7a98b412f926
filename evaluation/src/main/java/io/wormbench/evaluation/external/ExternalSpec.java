package io.wormbench.evaluation.external;

import io.wormbench.detectors.DetectorSuite;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.util.List;
import java.util.Set;

/**
 * One external detector of a scenario's {@code detectors:} list, bound and validated (each bad
 * field fails with its path and line):
 *
 * <pre>
 * detectors:
 *   - name: iforest
 *     external:
 *       command: "/usr/bin/python3 detectors/examples/iforest.py {input} {out} {learningEnd}"
 *       mode: batch          # batch (default): traffic as files, then the tool; or stream
 *       input: zeek          # batch: zeek (default), zeek-json, jsonl or pcap
 *       output: alerts-csv   # batch: alerts-csv, eve, zeek-notice, slips or ndpi, in {out}
 *       timeout: 10m         # per seed; the tool is killed and the run fails after it
 *       window: {from: 1d, to: 1d12h}   # only traffic in [start+from, start+to) is handed over
 * </pre>
 *
 * <p>In {@code stream} mode the tool reads the events as JSON lines on stdin while the run
 * replays them and writes alerts as JSON lines on stdout ({@link AlertLines}).
 */
public record ExternalSpec(String name, CommandTemplate command, Mode mode, ExternalInput input,
    ExternalOutput output, long timeout, long windowFrom, long windowTo) {
  /** The fields of an {@code external} map. */
  public static final Set<String> FIELDS = Set.of("command", "mode", "input", "output",
      "timeout", "window");

  /** Default per-seed time limit. */
  public static final long DEFAULT_TIMEOUT = 10 * Micros.MINUTE;

  /** How the traffic reaches the tool. */
  public enum Mode {
    /** Files first ({@code {input}}), then the command once; alerts from a file in {out}. */
    BATCH,
    /** Events as JSON lines on stdin during the replay; alerts as JSON lines on stdout. */
    STREAM
  }

  /** Binds every external entry of {@code suite}, in listed order. */
  public static List<ExternalSpec> all(DetectorSuite suite) {
    return suite.externals().stream().map(e -> from(e.name(), e.entry())).toList();
  }

  /** Binds one entry ({@code name} and {@code external}). */
  public static ExternalSpec from(String name, SpecNode entry) {
    entry.rejectUnknown(Set.of("name", DetectorSuite.EXTERNAL));
    SpecNode x = entry.map(DetectorSuite.EXTERNAL);
    x.rejectUnknown(FIELDS);
    SpecNode cmd = x.field("command").orElseThrow(() -> x.error("missing field 'command'"));
    CommandTemplate command;
    try {
      command = CommandTemplate.parse(cmd.text());
    } catch (IllegalArgumentException e) {
      throw cmd.error(e.getMessage());
    }
    Mode mode = x.enumField("mode", Mode.class, Mode.BATCH);
    if (mode == Mode.STREAM) {
      for (String f : List.of("input", "output")) {
        x.field(f).ifPresent(n -> {
          throw n.error("a stream detector reads JSON lines on stdin and writes them on "
              + "stdout; leave '" + f + "' out");
        });
      }
      if (command.uses("input") || command.uses("out")) {
        throw cmd.error("a stream detector has no {input} or {out}");
      }
    }
    ExternalInput input = x.enumField("input", ExternalInput.class, ExternalInput.ZEEK);
    ExternalOutput output = x.enumField("output", ExternalOutput.class, ExternalOutput.ALERTS_CSV);
    long timeout = x.durationField("timeout", DEFAULT_TIMEOUT,
        t -> t > 0 && t <= 7 * Micros.DAY, "must be > 0s and at most 7d");
    SpecNode w = x.map("window");
    w.rejectUnknown(Set.of("from", "to"));
    long from = w.durationField("from", 0, t -> t >= 0, "must be >= 0s");
    long to = w.durationField("to", Long.MAX_VALUE, t -> t > from,
        "must be later than window.from");
    return new ExternalSpec(name, command, mode, input, output, timeout, from, to);
  }

  /** True when an event at {@code ts} of a run starting at {@code start} is handed over. */
  public boolean inWindow(long ts, long start) {
    long offset = ts - start;
    return offset >= windowFrom && offset < windowTo;
  }
}
