package io.wormbench.simulator.benign;

import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.lookalike.Lookalike;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.truth.HostRole;
import java.util.SplittableRandom;

/** Installs the benign behaviours of a {@link BenignSpec} into a world, one random stream each. */
public final class Benign {
  private Benign() {}

  /** Schedules every host's everyday behaviour and every look-alike. */
  public static void install(World w, BenignSpec spec, SplittableRandom random) {
    for (Host h : w.network().hosts()) {
      SplittableRandom r = random.split();
      if (h.role() == HostRole.WORKSTATION) {
        new WorkstationBehaviour(h, r, spec).start(w);
      } else if (h.role() == HostRole.APP_SERVER && spec.serverJobsPerHour() > 0) {
        new ServerBehaviour(h, r, spec.serverJobsPerHour()).start(w);
      }
    }
    for (Lookalike l : spec.lookalikes()) {
      l.install(w, random.split());
    }
    // split last, so the streams above draw what they drew before the domain background
    io.wormbench.simulator.benign.domain.Domain.install(w, spec.domain(), random.split());
  }
}
