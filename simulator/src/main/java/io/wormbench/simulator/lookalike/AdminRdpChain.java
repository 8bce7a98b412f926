package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.simulator.network.Network;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * An administrator's RDP chain: from their workstation to the jump host, then on to one or
 * more servers of their admin group, as tiered-administration guidance (Microsoft's Privileged
 * Access Workstation model) prescribes. Resembles the worm's RDP chains (T1021.001).
 */
record AdminRdpChain(double perDay, int maxHops) implements WorkdayProcess.Spec {
  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("perDay", "maxHops"));
    return WorkdayProcess.of(new AdminRdpChain(
        n.doubleField("perDay", 3, x -> x >= 0, "must be >= 0"),
        n.intField("maxHops", 2, x -> x >= 1 && x <= 10, "must be between 1 and 10")));
  }

  @Override
  public String kind() {
    return LookalikeKind.ADMIN_RDP_CHAIN.kind();
  }

  @Override
  public double perDay(World w) {
    boolean possible = !w.network().admins().isEmpty()
        && !w.network().role(HostRole.JUMP_HOST).isEmpty();
    return possible ? perDay : 0;
  }

  @Override
  public void occur(long now, World w, SplittableRandom r) {
    Network net = w.network();
    Network.AdminGroup admin = net.admins().get(r.nextInt(net.admins().size()));
    List<Host> jumps = net.role(HostRole.JUMP_HOST);
    Host jump = jumps.get(r.nextInt(jumps.size()));
    String user = admin.account().name();
    long t = now;
    long session = 20 * Micros.MINUTE + World.exponential(r, 30 * Micros.MINUTE);
    if (!hop(w, admin.workstation(), jump, t, user, session, 200_000, 4_000_000)) {
      return;
    }
    Host last = jump;
    List<Host> servers = admin.servers();
    int hops = servers.isEmpty() ? 0 : 1 + r.nextInt(maxHops);
    for (int i = 0; i < hops; i++) {
      Host server = servers.get(r.nextInt(servers.size()));
      if (server == last) { // an administrator does not RDP from a server to itself
        if (servers.size() == 1) {
          break;
        }
        server = servers.get((servers.indexOf(server) + 1 + r.nextInt(servers.size() - 1))
            % servers.size());
      }
      t += 30 * Micros.SECOND + World.exponential(r, 3 * Micros.MINUTE);
      hop(w, last, server, t, user, World.exponential(r, 10 * Micros.MINUTE), 80_000, 1_500_000);
      last = server;
    }
  }

  /** One RDP hop, recorded in the truth as its own look-alike activity (source to target). */
  private boolean hop(World w, Host from, Host to, long t, String user, long duration,
      long origBytes, long respBytes) {
    Tally tally = w.tallied(() -> Flows.rdp(w, from, to, t, user, duration, origBytes,
        respBytes));
    if (tally.events() == 0) {
      return false;
    }
    w.truth().lookalike(kind(), from.address(), to.address(), t).add(tally, t);
    return true;
  }
}
