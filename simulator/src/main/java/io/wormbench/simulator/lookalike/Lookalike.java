package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.World;
import java.util.SplittableRandom;

/**
 * A configured look-alike: legitimate behaviour that resembles an attack stage. It schedules
 * its own actions and records every occurrence in the ground truth as a benign activity of its
 * {@link #kind()}, so reports can say which benign behaviour caused a false alarm.
 */
public interface Lookalike {
  /** The kebab-case kind written to the ground truth, e.g. {@code admin-rdp-chain}. */
  String kind();

  /** Schedules this look-alike's actions; does nothing when its rate is zero. */
  void install(World world, SplittableRandom random);
}
