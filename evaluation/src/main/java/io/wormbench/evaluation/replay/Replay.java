package io.wormbench.evaluation.replay;

import io.wormbench.detectors.DetectionEngine;
import io.wormbench.detectors.Detector;
import io.wormbench.evaluation.external.ExternalSeed;
import io.wormbench.evaluation.external.ExternalWork;
import io.wormbench.evaluation.scoring.AlertFlows;
import io.wormbench.evaluation.scoring.FlowMatcher;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * The replay harness, one path for simulated and recorded traffic: {@link #feed} pulls any
 * {@link EventSource} in time order through the detection engine and through extra event sinks
 * (external detectors' input writers or stdin); {@code run}, {@code benchmark} and
 * {@code detect} differ only in the source and the sinks they hand it. On a simulation a
 * responder may quarantine hosts at simulated time, which the lazy simulator honours for events
 * not generated yet. The two channels of a simulation stay apart here: events go to the
 * detectors, ground truth is read only after the stream is exhausted and handed to the caller
 * for scoring.
 */
public final class Replay {
  private Replay() {}

  /** What one feed saw: the event count and the first and last event time (0 when none). */
  public record Fed(long events, long first, long last) {}

  /**
   * Feeds every event of {@code events} to the engine {@code engineAt} builds at the first
   * event's time (a recorded capture learns from its first packet) and to {@code tap}, then
   * finishes the engine at {@code end}, or at the last event when {@code end} is empty.
   * {@code progress} receives event time every 65,536 events and at the end. An empty source
   * builds no engine.
   */
  public static Fed feed(EventSource events, LongFunction<DetectionEngine> engineAt,
      OptionalLong end, Consumer<Event> tap, LongConsumer progress) {
    if (!events.hasNext()) {
      return new Fed(0, 0, 0);
    }
    Event e = events.next();
    long first = e.ts();
    DetectionEngine engine = engineAt.apply(first);
    long n = 0;
    long last;
    while (true) {
      engine.observe(e);
      tap.accept(e);
      last = e.ts();
      if ((++n & 0xFFFF) == 0) {
        progress.accept(last);
      }
      if (!events.hasNext()) {
        break;
      }
      e = events.next();
    }
    long stop = end.orElse(last);
    engine.finish(stop);
    progress.accept(stop);
    return new Fed(n, first, last);
  }

  /** Runs {@code scenario} with {@code seed}; {@code progress} receives simulated time. */
  public static RunResult run(Scenario scenario, long seed, LongConsumer progress) {
    return run(scenario, seed, progress, ExternalWork.temporary());
  }

  /**
   * Runs {@code scenario} with {@code seed}, its external detectors (if any) writing their
   * traffic under {@code work}; their alerts follow the built-ins' in the result.
   */
  public static RunResult run(Scenario scenario, long seed, LongConsumer progress,
      ExternalWork work) {
    return replay(scenario, seed, progress, work, 0).run();
  }

  /**
   * A replayed run with the flow keys its external detectors' alerts name, and the matcher
   * that resolves them ({@code null} without external detectors: built-ins name no flows).
   */
  public record Replayed(RunResult run, AlertFlows flows, FlowMatcher matcher) {}

  /** As {@link #run(Scenario, long, LongConsumer, ExternalWork)}, keeping external flow keys. */
  public static Replayed replay(Scenario scenario, long seed, LongConsumer progress,
      ExternalWork work, long matchingWindow) {
    Simulation sim = Simulator.start(scenario.simulation(), seed);
    long start = scenario.simulation().start();
    long learningEnd = scenario.simulation().learningEnd();
    long end = scenario.simulation().end();
    var specs = scenario.externals();
    if (specs.isEmpty()) {
      return new Replayed(run(seed, sim, scenario.detectors().create(), learningEnd, end,
          Responder.of(scenario.evaluation().response(), learningEnd), progress, e -> { }),
          AlertFlows.NONE, null);
    }
    ExternalSeed externals = ExternalSeed.start(specs, work, seed, start, learningEnd, end);
    RunResult builtIn;
    try {
      builtIn = run(seed, sim, scenario.detectors().create(), learningEnd, end,
          Responder.of(scenario.evaluation().response(), learningEnd), progress, externals);
    } catch (RuntimeException | Error e) {
      externals.abort();
      throw e;
    }
    List<Alert> all = new ArrayList<>(builtIn.alerts());
    ExternalSeed.Result external = externals.finish(builtIn.truth(), matchingWindow);
    all.addAll(external.alerts());
    return new Replayed(new RunResult(seed, all, builtIn.truth(), builtIn.events()),
        external.flows(), external.matcher());
  }

  /** Runs a simulation through {@code detectors}, with a responder. */
  public static RunResult run(long seed, Simulation sim, List<Detector> detectors,
      long learningEnd, long end, Responder responder, LongConsumer progress) {
    return run(seed, sim, detectors, learningEnd, end, responder, progress, e -> { });
  }

  private static RunResult run(long seed, Simulation sim, List<Detector> detectors,
      long learningEnd, long end, Responder responder, LongConsumer progress,
      Consumer<Event> tap) {
    List<Alert> alerts = new ArrayList<>();
    ResponseHook hook = sim::quarantine;
    Fed fed;
    try (EventSource events = sim.events()) {
      fed = feed(events, first -> new DetectionEngine(detectors, learningEnd, a -> {
        alerts.add(a);
        responder.onAlert(a, hook);
      }), OptionalLong.of(end), tap, progress);
    }
    if (fed.events() == 0) {
      progress.accept(end);
    }
    return new RunResult(seed, alerts, sim.truth(), fed.events());
  }
}
