package io.wormbench.evaluation.external;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.codec.jsonl.JsonLinesWriter;
import io.wormbench.traffic.event.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A stream-mode external detector during one seed's replay: every event in its window goes to
 * the tool's stdin as a JSON line (the {@link JsonLinesWriter} format) as the replay reaches
 * it, and a reader thread collects the alert lines the tool writes on stdout
 * ({@link AlertLines}). The result depends only on the tool's output, not on timing, so a
 * deterministic tool gives byte-identical results.
 */
final class StreamTool {
  private final ExternalSpec spec;
  private final long seed;
  private final ToolProcess process;
  private final JsonLinesWriter stdin;
  private final FutureTask<List<Alert>> alerts;
  private boolean closedByTool;

  StreamTool(ExternalSpec spec, long seed, Map<String, String> values, Map<String, String> env) {
    this.spec = spec;
    this.seed = seed;
    this.process = ToolProcess.start(spec, seed, spec.command().expand(values), env);
    this.stdin = new JsonLinesWriter(new BufferedWriter(new OutputStreamWriter(process.stdin(),
        StandardCharsets.UTF_8), 1 << 16));
    String source = spec.name() + " stdout";
    this.alerts = new FutureTask<>(() -> AlertLines.read(new InputStreamReader(process.stdout(),
        StandardCharsets.UTF_8), spec.name(), source));
    Thread t = new Thread(alerts, "wormbench-" + spec.name() + "-stdout");
    t.setDaemon(true);
    t.start();
  }

  /** Hands one event over; a tool that stopped reading gets no more (its exit code tells). */
  void accept(Event e) {
    if (closedByTool) {
      return;
    }
    try {
      stdin.accept(e);
    } catch (UncheckedIOException | tools.jackson.core.JacksonException broken) {
      closedByTool = true;
    }
  }

  /** Closes stdin, waits for the tool's exit and returns its alerts. */
  List<Alert> finish() {
    return process.guard(p -> {
      try {
        stdin.close();
      } catch (UncheckedIOException | tools.jackson.core.JacksonException broken) {
        // the tool closed its stdin early; its exit code decides
      }
      p.awaitSuccess();
      try {
        return alerts.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ExternalFailure(spec.name(), seed, "interrupted");
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof TrafficFormatException bad) {
          throw new ExternalFailure(spec.name(), seed, "bad alert line: " + bad.getMessage(), bad);
        }
        if (c instanceof IOException io) {
          throw new ExternalFailure(spec.name(), seed, "cannot read its stdout: "
              + io.getMessage(), io);
        }
        throw new ExternalFailure(spec.name(), seed, String.valueOf(c), c);
      }
    });
  }

  /** Kills the tool (the replay failed). */
  void abort() {
    process.kill();
  }
}
