package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.World;
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
 * Nightly backups: at a fixed local hour the backup server logs on to each server with its
 * backup account and reads large files through the {@code C$} administrative share. Admin-share
 * access from one host to many, at night (T1021.002 look-alike).
 */
record BackupSmb(double hour, long spacing) implements Lookalike {
  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("hour", "spacing"));
    return new BackupSmb(
        n.doubleField("hour", 1, x -> x >= 0 && x < 24, "must be an hour in [0, 24)"),
        n.durationField("spacing", 2 * Micros.MINUTE, x -> x >= Micros.SECOND,
            "must be at least 1s"));
  }

  @Override
  public String kind() {
    return LookalikeKind.BACKUP_SMB.kind();
  }

  @Override
  public void install(World w, SplittableRandom r) {
    List<Host> backup = w.network().role(HostRole.BACKUP_SERVER);
    if (backup.isEmpty()) {
      return;
    }
    Host server = backup.get(0);
    List<Host> targets = new ArrayList<>();
    for (Host h : w.network().hosts()) {
      if (h != server && h.listens(445) && h.role() != HostRole.WORKSTATION
          && h.role() != HostRole.IOT) {
        targets.add(h);
      }
    }
    w.schedule(w.rhythm().nextLocal(w.start() - 1, hour, null), new Action() {
      private int next;

      @Override
      public void run(long now, World world) {
        Host target = targets.get(next);
        Tally t = world.tallied(() -> Flows.smb(world, server, target, now,
            world.network().domain(), "svc-backup", true, "C$", SmbFileAccess.Action.READ,
            "Backup\\" + target.name() + "-full.vhdx", 500_000_000L + r.nextInt(1_500_000_000)));
        if (t.events() > 0) {
          world.truth().lookalike(kind(), server.address(), target.address(), now).add(t, now);
        }
        next++;
        if (next < targets.size()) {
          world.schedule(now + spacing, this);
        } else {
          next = 0;
          world.schedule(world.rhythm().nextLocal(now, hour, null), this);
        }
      }
    });
  }
}
