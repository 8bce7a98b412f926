package io.wormbench.simulator;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import java.util.Map;
import java.util.TreeMap;

/** Manual smoke run: prints counts per kind, steps per stage, look-alikes. */
final class SmokeMain {
  public static void main(String[] args) {
    SimulationSpec spec = SimFixtures.scenario(args.length > 0 ? args[0] : "seed-incident");
    Simulation sim = Simulator.start(spec, 1);
    Map<String, Long> kinds = new TreeMap<>();
    long t0 = System.nanoTime();
    long n = 0;
    long last = Long.MIN_VALUE;
    try (EventSource s = sim.events()) {
      while (s.hasNext()) {
        Event e = s.next();
        if (e.ts() < last) {
          throw new AssertionError("out of order");
        }
        last = e.ts();
        kinds.merge(e.kind().logName(), 1L, Long::sum);
        n++;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%d events in %.2fs = %.0f/s%n", n, secs, n / secs);
    System.out.println(kinds);
    GroundTruth t = sim.truth();
    Map<String, Integer> stages = new TreeMap<>();
    for (AttackStep s : t.steps()) {
      stages.merge(s.stage() + "/" + s.technique(), 1, Integer::sum);
    }
    System.out.println("steps " + stages);
    System.out.println("infected " + t.timelines().stream().filter(x -> x.infected()).count());
    Map<String, Integer> la = new TreeMap<>();
    for (BenignActivity b : t.lookalikes()) {
      la.merge(b.kind(), 1, Integer::sum);
    }
    System.out.println("lookalikes " + la);
  }
}
