package io.wormbench.evaluation.external;

import io.wormbench.evaluation.scoring.AlertFlows;
import io.wormbench.evaluation.scoring.FlowMatcher;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.EventWriter;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.alert.FlowKey;
import io.wormbench.traffic.codec.alert.ToolAlert;
import io.wormbench.traffic.codec.labels.LabelsPass;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.GroundTruth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The external detectors of one seed. Built before the replay, it is one of the replay's event
 * sinks ({@link #accept}): batch tools' traffic is written as the replay streams (one copy per
 * distinct input form and window, shared by the tools asking for it), stream tools get their
 * events on stdin. {@link #finish()} then runs each batch tool on its files and returns every
 * tool's alerts, renamed to the entry's name and in listed order (each tool's alerts sorted by
 * time, stably). Only traffic is ever written into the seed's folder: no truth, no labels.
 *
 * <p>Tools that name the flow of an alert (EVE's community_id and 5-tuple, nDPI's flows,
 * notice.log's uid, alerts.csv's optional uid/community_id columns) are scored at flow level
 * too: every connection also goes to a labels pass in a sibling folder outside the seed's
 * ({@code labels-seed-<n>}), labelled from the truth only in {@link #finish(GroundTruth, long)},
 * after every tool has exited, and held as a {@link FlowMatcher} of the attack flows.
 */
public final class ExternalSeed implements Consumer<Event> {
  private record InputKey(ExternalInput input, long from, long to) {}

  private record Input(InputKey key, Path path, EventWriter writer) {}

  private final List<ExternalSpec> specs;
  private final ExternalWork work;
  private final long seed;
  private final long start;
  private final long end;
  private final Path folder;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Map<InputKey, Input> inputs = new LinkedHashMap<>();
  private final Map<String, StreamTool> streams = new LinkedHashMap<>();
  private final Input[] inputArray;
  private final ExternalSpec[] streamSpecs;
  private final StreamTool[] streamArray;
  private final Path labelsFolder;
  private LabelsPass labels;

  /** One seed's external alerts, their flow keys, and the matcher that resolves the keys. */
  public record Result(List<Alert> alerts, AlertFlows flows, FlowMatcher matcher) {}

  private ExternalSeed(List<ExternalSpec> specs, ExternalWork work, long seed, long start,
      long learningEnd, long end) {
    this.specs = List.copyOf(specs);
    this.work = work;
    this.seed = seed;
    this.start = start;
    this.end = end;
    this.folder = work.seed(seed);
    this.labelsFolder = work.root().resolve("labels-seed-" + seed);
    values.put("seed", Long.toString(seed));
    values.put("learningEnd", Micros.zeek(learningEnd));
    values.put("learningEndMicros", Long.toString(learningEnd));
    env.put("WORMBENCH_SEED", Long.toString(seed));
    env.put("WORMBENCH_LEARNING_END", Micros.zeek(learningEnd));
    try {
      ExternalWork.delete(folder);
      Files.createDirectories(folder);
      ExternalWork.delete(labelsFolder);
      Files.createDirectories(labelsFolder);
      labels = new LabelsPass(labelsFolder);
      List<ExternalSpec> streaming = new ArrayList<>();
      for (ExternalSpec s : specs) {
        if (s.mode() == ExternalSpec.Mode.STREAM) {
          streaming.add(s);
          continue;
        }
        InputKey k = new InputKey(s.input(), s.windowFrom(), s.windowTo());
        if (!inputs.containsKey(k)) {
          Path dir = folder.resolve("input-" + (inputs.size() + 1));
          Files.createDirectories(dir);
          Path p = dir.resolve(s.input().fileName());
          inputs.put(k, new Input(k, p, s.input().format().create(p)));
        }
        Files.createDirectories(outFolder(s));
      }
      for (ExternalSpec s : streaming) {
        streams.put(s.name(), new StreamTool(s, seed, values, env));
      }
      this.streamSpecs = streaming.toArray(new ExternalSpec[0]);
    } catch (IOException e) {
      abort();
      throw new UncheckedIOException("cannot prepare " + folder + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      abort();
      throw e;
    }
    this.inputArray = inputs.values().toArray(new Input[0]);
    this.streamArray = streams.values().toArray(new StreamTool[0]);
  }

  /**
   * Prepares the external detectors {@code specs} of seed {@code seed} of a run spanning
   * [{@code start}, {@code end}] that learns until {@code learningEnd}; stream tools start now.
   */
  public static ExternalSeed start(List<ExternalSpec> specs, ExternalWork work, long seed,
      long start, long learningEnd, long end) {
    return new ExternalSeed(specs, work, seed, start, learningEnd, end);
  }

  /** True when there is no external detector (the sink does nothing). */
  public boolean isEmpty() {
    return specs.isEmpty();
  }

  @Override
  public void accept(Event e) {
    long ts = e.ts();
    if (e instanceof Connection) {
      labels.accept(e);
    }
    for (Input in : inputArray) {
      if (ts - start >= in.key().from() && ts - start < in.key().to()) {
        in.writer().accept(e);
      }
    }
    for (int i = 0; i < streamArray.length; i++) {
      if (streamSpecs[i].inWindow(ts, start)) {
        streamArray[i].accept(e);
      }
    }
  }

  /** Runs the batch tools, collects every tool's alerts and releases the seed's folder. */
  public List<Alert> finish() {
    return finish(null, 0).alerts();
  }

  /**
   * Runs the batch tools and collects every tool's alerts with their flow keys; then, with the
   * tools done, labels the seed's connections from {@code truth} (none when it is null) into
   * the matcher of attack flows, and releases both folders.
   */
  public Result finish(GroundTruth truth, long matchingWindow) {
    try {
      for (Input in : inputArray) {
        in.writer().close();
      }
      labels.close();
      List<Alert> out = new ArrayList<>();
      List<ToolAlert> keyed = new ArrayList<>();
      for (ExternalSpec s : specs) {
        List<ToolAlert> a = s.mode() == ExternalSpec.Mode.STREAM
            ? unkeyed(streams.get(s.name()).finish()) : runBatch(s);
        out.addAll(checked(s, a, keyed));
      }
      if (truth == null) {
        return new Result(out, AlertFlows.NONE, null);
      }
      labels.finish(truth);
      FlowMatcher matcher = FlowMatcher.withLabels(truth, matchingWindow,
          labelsFolder.resolve("labels.csv"));
      return new Result(out, AlertFlows.of(keyed), matcher);
    } catch (RuntimeException e) {
      abort();
      throw e;
    } finally {
      ExternalWork.delete(labelsFolder);
      work.release(folder);
    }
  }

  private static List<ToolAlert> unkeyed(List<Alert> alerts) {
    List<ToolAlert> out = new ArrayList<>(alerts.size());
    for (int i = 0; i < alerts.size(); i++) {
      out.add(new ToolAlert(alerts.get(i), FlowKey.NONE, i + 1));
    }
    return out;
  }

  /** Kills any stream tool still running and closes the files (the replay failed). */
  public void abort() {
    streams.values().forEach(StreamTool::abort);
    for (Input in : inputs.values()) {
      try {
        in.writer().close();
      } catch (RuntimeException alreadyClosed) {
        // best effort: the run is failing anyway
      }
    }
    try {
      if (labels != null) {
        labels.close();
      }
    } catch (RuntimeException alreadyClosed) {
      // best effort: the run is failing anyway
    }
    ExternalWork.delete(labelsFolder);
    work.release(folder);
  }

  private Path outFolder(ExternalSpec s) {
    return folder.resolve(s.name()).resolve("out");
  }

  private List<ToolAlert> runBatch(ExternalSpec s) {
    Input in = inputs.get(new InputKey(s.input(), s.windowFrom(), s.windowTo()));
    Map<String, String> v = new LinkedHashMap<>(values);
    v.put("input", in.path().toAbsolutePath().toString());
    v.put("out", outFolder(s).toAbsolutePath().toString());
    ToolProcess p = ToolProcess.start(s, seed, s.command().expand(v), env);
    return p.guard(proc -> {
      try {
        proc.stdin().close();
      } catch (IOException e) {
        // a tool that exited at once has no stdin to close
      }
      OutputTail stdout = OutputTail.of(proc.stdout(), "wormbench-" + s.name() + "-stdout");
      proc.awaitSuccess();
      stdout.join();
      Path file = outFolder(s).resolve(s.output().fileName());
      if (!Files.isRegularFile(file)) {
        throw proc.fail("exited 0 but wrote no " + s.output().fileName() + " into {out}");
      }
      try {
        return s.output().read(file);
      } catch (TrafficFormatException | UncheckedIOException bad) {
        throw new ExternalFailure(s.name(), seed, "bad " + s.output().fileName() + ": "
            + bad.getMessage(), bad);
      }
    });
  }

  /**
   * The tool's alerts under the entry's name, sorted by time; an alert outside the run's time
   * span (a wrong time unit lands in 1970) fails naming its position instead of being scored.
   */
  private List<Alert> checked(ExternalSpec s, List<ToolAlert> alerts, List<ToolAlert> keyed) {
    List<ToolAlert> out = new ArrayList<>(alerts.size());
    for (int i = 0; i < alerts.size(); i++) {
      Alert a = alerts.get(i).alert();
      if (a.ts() < start || a.ts() > end + Micros.DAY) {
        throw new ExternalFailure(s.name(), seed, "alert " + (i + 1) + " is at "
            + Micros.iso(a.ts()) + ", outside the run (" + Micros.iso(start) + " to "
            + Micros.iso(end) + "); is ts in microseconds since the epoch?");
      }
      Alert named = Objects.equals(a.detector(), s.name()) ? a : new Alert(s.name(), a.ts(),
          a.host(), a.peer(), a.score(), a.technique(), a.evidence());
      out.add(new ToolAlert(named, alerts.get(i).flow(), alerts.get(i).line()));
    }
    out.sort(Comparator.comparingLong(t -> t.alert().ts()));
    keyed.addAll(out);
    return AlertFlows.alerts(out);
  }
}
