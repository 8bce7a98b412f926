package io.wormbench.simulator;

import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.spec.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: scenario files of the repository and small inline scenarios. */
final class SimFixtures {
  private SimFixtures() {}

  /** The repository's {@code scenarios/} folder (tests run in {@code simulator/}). */
  static Path scenarios() {
    Path p = Path.of("..", "scenarios");
    return Files.isDirectory(p) ? p : Path.of("scenarios");
  }

  static SimulationSpec scenario(String name) {
    return SimulationSpec.from(SpecReader.read(scenarios().resolve(name + ".yaml")));
  }

  static SimulationSpec inline(String yaml) {
    return SimulationSpec.from(SpecReader.read("test.yaml", yaml));
  }

  static List<Event> events(Simulation sim) {
    List<Event> out = new ArrayList<>();
    try (EventSource s = sim.events()) {
      s.forEachRemaining(out::add);
    }
    return out;
  }
}
