package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A software-deployment wave (SCCM/PDQ style): the deployment server copies an installer to
 * {@code ADMIN$} on many workstations and starts it through the service control manager,
 * exactly the mechanics of the worm's lateral transfer (T1570, T1569.002) but legitimate.
 */
record SoftwareDeployment(double perWeek, double hostShare, List<String> packages)
    implements WorkdayProcess.Spec {
  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("perWeek", "hostShare", "packages"));
    List<String> pk = n.strings("packages");
    return WorkdayProcess.of(new SoftwareDeployment(
        n.doubleField("perWeek", 2, x -> x >= 0, "must be >= 0"),
        n.doubleField("hostShare", 0.3, x -> x > 0 && x <= 1, "must be in (0, 1]"),
        pk.isEmpty() ? List.of("AcmeAgent-4.2.1.msi", "OfficeSuite-Update-KB5031.exe",
            "VpnClient-7.1.msi", "EndpointProtection-Setup.exe") : List.copyOf(pk)));
  }

  @Override
  public String kind() {
    return LookalikeKind.SOFTWARE_DEPLOYMENT.kind();
  }

  @Override
  public double perDay(World w) {
    return w.network().role(HostRole.DEPLOYMENT_SERVER).isEmpty() ? 0 : perWeek / 5;
  }

  @Override
  public void occur(long now, World w, SplittableRandom r) {
    Host deploy = w.network().role(HostRole.DEPLOYMENT_SERVER).get(0);
    List<Host> ws = w.network().role(HostRole.WORKSTATION);
    String pkg = packages.get(r.nextInt(packages.size()));
    long size = 2_000_000 + r.nextInt(60_000_000);
    String user = "svc-deploy";
    String domain = w.network().domain();
    // One action per target, so a quarantine that happens meanwhile is honoured.
    for (Host target : ws) {
      if (r.nextDouble() >= hostShare) {
        continue;
      }
      long t = now + r.nextLong(2 * Micros.HOUR);
      long t2 = t + 2 * Micros.SECOND + r.nextInt(5_000_000);
      w.schedule(t, (at, world) -> {
        Tally tally = world.tallied(() -> {
          Flows.smb(world, deploy, target, at, domain, user, true, "ADMIN$",
              SmbFileAccess.Action.WRITE, pkg, size);
          Flows.svcctl(world, deploy, target, t2, domain, user);
        });
        if (tally.events() > 0) {
          world.truth().lookalike(kind(), deploy.address(), target.address(), at).add(tally, t2);
        }
      });
    }
  }
}
