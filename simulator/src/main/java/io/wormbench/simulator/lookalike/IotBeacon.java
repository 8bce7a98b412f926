package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * IoT telemetry: every camera and IoT device beacons to its vendor cloud over TLS at a fixed
 * interval with small jitter, day and night, looking its cloud name up again when the DNS TTL
 * runs out. Periodic, long-lived external sessions: the benign shape of mining keep-alives
 * (T1496) and command-and-control beacons.
 */
record IotBeacon(long interval, double jitter, long dnsTtl, int clouds) implements Lookalike {
  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("interval", "jitter", "dnsTtl", "clouds"));
    return new IotBeacon(
        n.durationField("interval", 5 * Micros.MINUTE, x -> x >= Micros.SECOND,
            "must be at least 1s"),
        n.doubleField("jitter", 0.1, x -> x >= 0 && x < 1, "must be in [0, 1)"),
        n.durationField("dnsTtl", Micros.HOUR, x -> x >= Micros.SECOND, "must be at least 1s"),
        n.intField("clouds", 4, x -> x >= 1 && x <= 200, "must be between 1 and 200"));
  }

  @Override
  public String kind() {
    return LookalikeKind.IOT_BEACON.kind();
  }

  @Override
  public void install(World w, SplittableRandom r) {
    for (Host h : w.network().hosts()) {
      if (h.role() != HostRole.IOT && h.role() != HostRole.CAMERA) {
        continue;
      }
      int cloud = h.index() % clouds;
      String name = "telemetry.iotvendor" + cloud + ".example.net";
      int addr = Ipv4.of(198, 18, 240, 10 + cloud);
      TruthLog.Lookalike record = w.truth().lookalike(kind(), h.address(), addr, w.start());
      SplittableRandom rr = r.split();
      w.schedule(w.start() + rr.nextLong(interval), new Action() {
        private long resolvedUntil = Long.MIN_VALUE;

        @Override
        public void run(long now, World world) {
          Tally t = world.tallied(() -> {
            if (now >= resolvedUntil) {
              Flows.dns(world, h, now, name, addr, rr);
              resolvedUntil = now + dnsTtl;
            }
            Flows.tls(world, h.address(), h.ephemeralPort(), addr, 443, now + 15_000, name,
                200_000 + rr.nextInt(300_000), 400 + rr.nextInt(600), 300 + rr.nextInt(300));
          });
          record.add(t, now);
          long j = (long) (interval * jitter * (2 * rr.nextDouble() - 1));
          world.schedule(now + interval + j, this);
        }
      });
    }
  }
}
