package io.wormbench.simulator.bench;

import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of a scenario contains: events, hosts infected, attack steps and events per
 * stage, look-alike records per kind (one per source-target pair and occurrence, so an admin
 * RDP chain counts once per hop). Used for the catalogue's figures and as a quick sanity check of
 * a new scenario file ({@code java ... ScenarioSummary scenarios/seed-incident.yaml 1}).
 */
public record ScenarioSummary(String scenario, long seed, long events, long infected,
    Map<Stage, Integer> stepsPerStage, Map<Stage, Long> eventsPerStage,
    Map<String, Integer> lookalikes) {

  /** Runs {@code spec} with {@code seed} and summarises it. */
  public static ScenarioSummary of(SimulationSpec spec, long seed) {
    Simulation sim = Simulator.start(spec, seed);
    Map<String, Integer> uidEvents = new HashMap<>();
    long n = 0;
    try (EventSource s = sim.events()) {
      while (s.hasNext()) {
        Event e = s.next();
        n++;
        uidEvents.merge(e.uid(), 1, Integer::sum);
      }
    }
    GroundTruth t = sim.truth();
    Map<Stage, Integer> steps = new EnumMap<>(Stage.class);
    Map<Stage, Long> events = new EnumMap<>(Stage.class);
    Map<Stage, java.util.Set<String>> seen = new EnumMap<>(Stage.class);
    for (AttackStep s : t.steps()) {
      steps.merge(s.stage(), 1, Integer::sum);
      java.util.Set<String> stageUids = seen.computeIfAbsent(s.stage(),
          k -> new java.util.HashSet<>());
      for (String uid : s.eventUids()) {
        if (stageUids.add(uid)) {
          events.merge(s.stage(), (long) uidEvents.getOrDefault(uid, 0), Long::sum);
        }
      }
    }
    Map<String, Integer> la = new TreeMap<>();
    for (BenignActivity b : t.lookalikes()) {
      la.merge(b.kind(), 1, Integer::sum);
    }
    long infected = t.timelines().stream().filter(HostTimeline::infected).count();
    return new ScenarioSummary(spec.name(), seed, n, infected, steps, events, la);
  }

  /** {@code ScenarioSummary <scenario.yaml>... [--seed N]}. */
  public static void main(String[] args) {
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seed")) {
        seed = Long.parseLong(args[++i]);
      }
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seed")) {
        i++;
        continue;
      }
      long t0 = System.nanoTime();
      ScenarioSummary s = of(SimulationSpec.from(SpecReader.read(Path.of(args[i]))), seed);
      System.out.printf("%s seed %d: %d events in %.1f s, %d hosts infected%n  steps %s%n"
          + "  events %s%n  look-alike records %s%n", s.scenario(), seed, s.events(),
          (System.nanoTime() - t0) / 1e9, s.infected(), s.stepsPerStage(), s.eventsPerStage(),
          s.lookalikes());
    }
  }
}
