package io.wormbench.simulator.benign;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An application server's back-end traffic: SQL sessions to the database servers around the
 * clock, busier in office hours (the rhythm, floored at a third for batch jobs).
 */
final class ServerBehaviour implements Action {
  private final Host host;
  private final SplittableRandom r;
  private final double meanGap;

  ServerBehaviour(Host host, SplittableRandom r, double perHour) {
    this.host = host;
    this.r = r;
    this.meanGap = Micros.HOUR / Math.max(perHour, 1e-9);
  }

  void start(World w) {
    w.schedule(w.start() + World.exponential(r, meanGap), this);
  }

  @Override
  public void run(long now, World w) {
    if (r.nextDouble() < Math.max(1 / 3.0, w.rhythm().level(now))) {
      List<Host> dbs = w.network().role(HostRole.DATABASE_SERVER);
      if (!dbs.isEmpty()) {
        Host db = dbs.get(r.nextInt(dbs.size()));
        Flows.probe(w, host.address(), host.ephemeralPort(), db.address(), 1433, now,
            ConnState.SF, "", World.exponential(r, 2 * Micros.SECOND), 500 + r.nextInt(4_000),
            1_000 + World.exponential(r, 30_000));
      }
    }
    w.schedule(now + World.exponential(r, meanGap), this);
  }
}
