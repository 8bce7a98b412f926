package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Account;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A service account whose password expired: a scheduled task on a server retries its SMB logon
 * every {@code interval}, day and night, and fails every time. Persistent failed logons from
 * one source, the shape of a slow brute force (T1110) with a single user name.
 */
record ExpiredServiceAccount(int accounts, long interval) implements Lookalike {
  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("accounts", "interval"));
    return new ExpiredServiceAccount(
        n.intField("accounts", 1, x -> x >= 0, "must be >= 0"),
        n.durationField("interval", 30 * Micros.MINUTE, x -> x >= Micros.SECOND,
            "must be at least 1s"));
  }

  @Override
  public String kind() {
    return LookalikeKind.EXPIRED_SERVICE_ACCOUNT.kind();
  }

  @Override
  public void install(World w, SplittableRandom r) {
    List<Host> servers = new ArrayList<>(w.network().role(HostRole.APP_SERVER));
    servers.addAll(w.network().role(HostRole.DATABASE_SERVER));
    List<Account> svc = w.network().serviceAccounts();
    List<Host> fs = w.network().role(HostRole.FILE_SERVER);
    int n = Math.min(accounts, svc.size());
    for (int i = 0; i < n && !servers.isEmpty(); i++) {
      Host src = servers.get(i % servers.size());
      Host dst = fs.get(i % fs.size());
      TruthLog.Lookalike record = w.truth().lookalike(kind(), src.address(), dst.address(),
          w.start());
      String user = svc.get(i).name();
      SplittableRandom rr = r.split();
      w.schedule(w.start() + rr.nextLong(interval), new Action() {
        @Override
        public void run(long now, World world) {
          Tally t = world.tallied(() -> Flows.smb(world, src, dst, now,
              world.network().domain(), user, false, "", SmbFileAccess.Action.OPEN, "", 0));
          record.add(t, now);
          // Task schedulers fire on time with a little start-up jitter.
          world.schedule(now + interval + rr.nextInt(2_000_000), this);
        }
      });
    }
  }
}
