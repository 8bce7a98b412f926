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
 * A user mistyping their password: one to {@code maxFailures} failed NTLM logons
 * (STATUS_LOGON_FAILURE) to a file server within seconds, then a successful one. One user name,
 * few failures: the benign counterpart of SMB brute force (T1110).
 */
record PasswordTypo(double perUserPerDay, int maxFailures) implements WorkdayProcess.Spec {
  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("perUserPerDay", "maxFailures"));
    return WorkdayProcess.of(new PasswordTypo(
        n.doubleField("perUserPerDay", 0.05, x -> x >= 0, "must be >= 0"),
        n.intField("maxFailures", 3, x -> x >= 1 && x <= 20, "must be between 1 and 20")));
  }

  @Override
  public String kind() {
    return LookalikeKind.PASSWORD_TYPO.kind();
  }

  @Override
  public double perDay(World w) {
    return perUserPerDay * w.network().role(HostRole.WORKSTATION).size();
  }

  @Override
  public void occur(long now, World w, SplittableRandom r) {
    List<Host> ws = w.network().role(HostRole.WORKSTATION);
    List<Host> fs = w.network().role(HostRole.FILE_SERVER);
    Host user = ws.get(r.nextInt(ws.size()));
    Host server = fs.get(r.nextInt(fs.size()));
    String domain = w.network().domain();
    String name = user.user().name();
    int failures = 1 + r.nextInt(maxFailures);
    long[] t = {now};
    Tally tally = w.tallied(() -> {
      for (int i = 0; i < failures; i++) {
        Flows.smb(w, user, server, t[0], domain, name, false, "", SmbFileAccess.Action.OPEN, "",
            0);
        t[0] += 3 * Micros.SECOND + r.nextInt(10_000_000);
      }
      Flows.smb(w, user, server, t[0], domain, name, true, "Shared", SmbFileAccess.Action.READ,
          "notes-" + r.nextInt(100) + ".docx", 20_000 + r.nextInt(200_000));
    });
    if (tally.events() > 0) {
      w.truth().lookalike(kind(), user.address(), server.address(), now).add(tally, t[0]);
    }
  }
}
