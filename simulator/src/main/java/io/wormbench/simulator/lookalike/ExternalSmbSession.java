package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A rare legitimate SMB session to the internet: a user opening a partner's file share
 * (TEST-NET-2 addresses, RFC 5737). Outbound 445 to an external host, like the worm's scan
 * (T1046), but one authenticated session rather than many probes.
 */
record ExternalSmbSession(double perWeek) implements WorkdayProcess.Spec {
  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("perWeek"));
    return WorkdayProcess.of(new ExternalSmbSession(
        n.doubleField("perWeek", 1, x -> x >= 0, "must be >= 0")));
  }

  @Override
  public String kind() {
    return LookalikeKind.EXTERNAL_SMB_SESSION.kind();
  }

  @Override
  public double perDay(World w) {
    return perWeek / 5;
  }

  @Override
  public void occur(long now, World w, SplittableRandom r) {
    List<Host> ws = w.network().role(HostRole.WORKSTATION);
    Host host = ws.get(r.nextInt(ws.size()));
    int partner = Ipv4.of(198, 51, 100, 10 + r.nextInt(20));
    Tally t = w.tallied(() -> Flows.smb(w, host, partner, "PARTNER-FS", now, "PARTNER",
        host.user().name(), true, "Exchange", SmbFileAccess.Action.READ,
        "shared-" + r.nextInt(1000) + ".xlsx", 50_000 + r.nextInt(3_000_000)));
    if (t.events() > 0) {
      w.truth().lookalike(kind(), host.address(), partner, now).add(t, now);
    }
  }
}
