package io.wormbench.evaluation.replay;

import io.wormbench.detectors.DetectionEngine;
import io.wormbench.detectors.Detector;
import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.EventSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The replay harness: pulls the simulator's events in time order through the detection engine
 * and collects alerts; a responder may quarantine hosts at simulated time, which the lazy
 * simulator honours for events not generated yet. The two channels of a simulation stay
 * apart here: events go to the detectors, ground truth is read only after the stream is
 * exhausted and handed to the caller for scoring.
 */
public final class Replay {
  private Replay() {}

  /** Runs {@code scenario} with {@code seed}; {@code progress} receives simulated time. */
  public static RunResult run(Scenario scenario, long seed, LongConsumer progress) {
    Simulation sim = Simulator.start(scenario.simulation(), seed);
    long learningEnd = scenario.simulation().learningEnd();
    return run(seed, sim, scenario.detectors().create(), learningEnd,
        scenario.simulation().end(), Responder.of(scenario.evaluation().response(), learningEnd),
        progress);
  }

  /** Runs a simulation through {@code detectors}, with a responder. */
  public static RunResult run(long seed, Simulation sim, List<Detector> detectors,
      long learningEnd, long end, Responder responder, LongConsumer progress) {
    List<Alert> alerts = new ArrayList<>();
    ResponseHook hook = sim::quarantine;
    DetectionEngine engine = new DetectionEngine(detectors, learningEnd, a -> {
      alerts.add(a);
      responder.onAlert(a, hook);
    });
    long n = 0;
    try (EventSource events = sim.events()) {
      while (events.hasNext()) {
        var e = events.next();
        engine.observe(e);
        if ((++n & 0xFFFF) == 0) {
          progress.accept(e.ts());
        }
      }
    }
    engine.finish(end);
    progress.accept(end);
    return new RunResult(seed, alerts, sim.truth(), n);
  }
}
