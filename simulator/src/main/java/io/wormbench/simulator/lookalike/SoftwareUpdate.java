package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A software update: a workstation downloads an executable over plain HTTP from a popular
 * vendor's update endpoint (update CDNs still serve signed binaries over HTTP). An executable
 * download from outside, like the worm's T1105, but from an endpoint the whole organisation
 * uses.
 */
record SoftwareUpdate(double perHostPerDay, int vendors) implements WorkdayProcess.Spec {
  private static final String[] VENDORS = {"contoso", "fabrikam", "northwind", "tailspin",
      "wingtip", "adventureworks", "litware", "proseware", "lucerne", "woodgrove"};

  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("perHostPerDay", "vendors"));
    return WorkdayProcess.of(new SoftwareUpdate(
        n.doubleField("perHostPerDay", 0.2, x -> x >= 0, "must be >= 0"),
        n.intField("vendors", 6, x -> x >= 1 && x <= VENDORS.length,
            "must be between 1 and " + VENDORS.length)));
  }

  @Override
  public String kind() {
    return LookalikeKind.SOFTWARE_UPDATE.kind();
  }

  @Override
  public double perDay(World w) {
    return perHostPerDay * w.network().role(HostRole.WORKSTATION).size();
  }

  @Override
  public void occur(long now, World w, SplittableRandom r) {
    List<Host> ws = w.network().role(HostRole.WORKSTATION);
    Host host = ws.get(r.nextInt(ws.size()));
    // Vendor popularity is itself skewed: the first vendors serve most updates.
    int v = Math.min(r.nextInt(vendors), r.nextInt(vendors));
    String name = "download." + VENDORS[v] + ".example.com";
    int addr = Ipv4.of(198, 18, 250, 10 + v);
    Tally t = w.tallied(() -> {
      if (Flows.dns(w, host, now, name, addr, r).isEmpty()) {
        return;
      }
      long size = 1_000_000 + r.nextInt(80_000_000);
      Flows.http(w, host.address(), host.ephemeralPort(), addr, 80, now + 20_000, name,
          "/updates/" + VENDORS[v] + "-update-" + (1 + r.nextInt(9)) + "." + r.nextInt(20)
              + ".exe", "Microsoft-Delivery-Optimization/10.0", Flows.DOSEXEC, size,
          size * 8 + World.exponential(r, 5 * Micros.SECOND));
    });
    if (t.events() > 0) {
      w.truth().lookalike(kind(), host.address(), addr, now).add(t, now);
    }
  }
}
