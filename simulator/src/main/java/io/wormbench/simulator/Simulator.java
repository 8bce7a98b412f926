package io.wormbench.simulator;

import io.wormbench.simulator.attack.Campaign;
import io.wormbench.simulator.benign.Benign;
import io.wormbench.simulator.benign.Rhythm;
import io.wormbench.simulator.engine.EngineSource;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.simulator.network.Network;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.truth.GroundTruth;
import java.util.SplittableRandom;

/**
 * Starts simulations: builds the network, installs benign behaviour and attacks into a
 * discrete-event world, and hands out the lazy event stream. All randomness comes from one
 * {@link SplittableRandom} seeded with the run's seed and split in a fixed order (network,
 * uids, benign behaviour per host, each attack, each attack's C2 beacons), so a run is a pure
 * function of (spec, seed).
 */
public final class Simulator {
  private Simulator() {}

  /** A new run of {@code spec} with {@code seed}; nothing is generated until events are read. */
  public static Simulation start(SimulationSpec spec, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    Network network = Network.generate(spec.network(), root.split());
    SplittableRandom uids = root.split();
    SplittableRandom benign = root.split();
    SplittableRandom attacks = root.split();
    // Split last, so runs without a C2 beacon draw exactly what they drew before it existed.
    SplittableRandom beacons = root.split();
    Rhythm rhythm = new Rhythm(spec.benign().rhythm(), spec.timeZone(), spec.start(), spec.end());
    TruthLog truth = new TruthLog();
    World world = new World(network, spec.start(), spec.end(), uids, rhythm, truth);
    Benign.install(world, spec.benign(), benign);
    for (int i = 0; i < spec.attacks().size(); i++) {
      Campaign.install(world, spec.attacks().get(i), attacks.split(), beacons.split(), i,
          spec.learningEnd());
    }
    return new Run(spec, seed, world);
  }

  private static final class Run implements Simulation {
    private final SimulationSpec spec;
    private final long seed;
    private final World world;
    private boolean handedOut;

    Run(SimulationSpec spec, long seed, World world) {
      this.spec = spec;
      this.seed = seed;
      this.world = world;
    }

    @Override
    public EventSource events() {
      if (handedOut) {
        throw new IllegalStateException("events() of a simulation may be called once");
      }
      handedOut = true;
      return new EngineSource(world, () -> { });
    }

    @Override
    public GroundTruth truth() {
      TruthLog t = world.truth();
      return new GroundTruth(spec.name(), seed, spec.start(), spec.end(),
          world.network().inventory(), t.timelines(), t.steps(world.cutUids()), t.lookalikes());
    }

    @Override
    public void quarantine(int host, long at) {
      Host h = world.network().host(host);
      h.quarantine(at);
      world.truth().quarantined(host, at);
    }
  }
}
