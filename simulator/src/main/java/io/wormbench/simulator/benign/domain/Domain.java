package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import java.util.SplittableRandom;

/** Installs the Windows-domain background of a {@link DomainSpec} into a world. */
public final class Domain {
  private Domain() {}

  /**
   * Gives the world its domain context (which SMB logons then use) and, when the background
   * is on, starts every Windows domain member's behaviour with a random stream of its own.
   */
  public static void install(World w, DomainSpec spec, SplittableRandom random) {
    DomainContext d = DomainContext.of(w, spec, random.nextLong());
    w.domain(d);
    if (!spec.enabled()) {
      return;
    }
    for (Host h : w.network().hosts()) {
      SplittableRandom r = random.split();
      DomainRole role = DomainRole.of(h);
      if (role != null) {
        new DomainBehaviour(h, role, d, r).start(w);
      }
    }
  }
}
