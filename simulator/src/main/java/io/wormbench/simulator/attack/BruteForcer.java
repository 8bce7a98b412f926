package io.wormbench.simulator.attack;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Account;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Stage;
import io.wormbench.traffic.truth.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stage 4 against one target, then stage 5 on success. Guesses walk the password list in rank
 * order and, for each password, every user name (password spraying, T1110.003; a single user
 * name is plain guessing, T1110.001). A guess succeeds only when the user name is the target's
 * local administrator and the password is that account's, so weak passwords fall and strong
 * ones never do.
 */
final class BruteForcer implements Action {
  /** User names tried, most common first (default-account lists of worms such as Lemon Duck). */
  static final List<String> COMMON_USERS = List.of("administrator", "admin", "user", "test",
      "guest", "support", "itadmin", "localadmin", "backup", "operator", "service", "scanner",
      "sql", "root", "manager", "owner", "helpdesk", "office", "reception", "training");

  private final Campaign campaign;
  private final Host source;
  private final Host target;
  private final SplittableRandom r;
  private final WormHost owner;
  private final List<String> users;
  private final int passwords;
  private final double gap;
  private TruthLog.Step step;
  private int attempt;

  BruteForcer(Campaign campaign, Host source, Host target, SplittableRandom r, WormHost owner) {
    this.campaign = campaign;
    this.source = source;
    this.target = target;
    this.r = r;
    this.owner = owner;
    WormSpec.BruteForce b = campaign.spec().bruteForce();
    List<String> names = new ArrayList<>();
    if (b.harvestedNames()) {
      names.addAll(campaign.harvested());
    }
    for (String u : COMMON_USERS) {
      if (names.size() >= b.userNames()) {
        break;
      }
      if (!names.contains(u)) {
        names.add(u);
      }
    }
    this.users = List.copyOf(names.subList(0, Math.min(names.size(), b.userNames())));
    this.passwords = b.passwords();
    this.gap = Micros.MINUTE / b.attemptsPerMinute();
  }

  void start(World w, long now) {
    String technique = (users.size() > 1 ? Technique.PASSWORD_SPRAYING
        : Technique.PASSWORD_GUESSING).id();
    step = w.truth().step(Stage.BRUTE_FORCE, technique, source.address(), target.address(), now);
    w.schedule(now, this);
  }

  @Override
  public void run(long now, World w) {
    if (source.quarantinedAt() <= now) {
      return;
    }
    int total = users.size() * passwords;
    if (attempt >= total) {
      owner.targetDone(now, w);
      return;
    }
    int rank = attempt / users.size();
    String user = users.get(attempt % users.size());
    attempt++;
    Account account = target.localAdmin();
    boolean success = user.equals(account.name()) && rank == account.passwordRank();
    String uid = Flows.smb(w, source, target, now, target.name(), user, success, "",
        SmbFileAccess.Action.OPEN, "", 0);
    if (uid.isEmpty()) {
      // The target is quarantined: nothing answers any more.
      owner.targetDone(now, w);
      return;
    }
    step.add(uid, now);
    w.truth().malicious(source.address(), now);
    if (success) {
      transfer(now + 2 * Micros.SECOND, w, user);
      if (campaign.spec().bruteForce().stopOnSuccess()) {
        owner.targetDone(now, w);
        return;
      }
    }
    w.schedule(campaign.adjust(w, now + World.exponential(r, gap)), this);
  }

  /** Stage 5: copy the payload to the admin share, start it as a service, infect the target. */
  private void transfer(long t, World w, String user) {
    WormSpec.Transfer tr = campaign.spec().transfer();
    String name = tr.randomName() ? randomName(tr) : tr.legitName();
    String domain = target.name();
    TruthLog.Step admin = w.truth().step(Stage.LATERAL_TRANSFER,
        Technique.ADMIN_SHARES.id(), source.address(), target.address(), t);
    TruthLog.Step copy = w.truth().step(Stage.LATERAL_TRANSFER,
        Technique.LATERAL_TOOL_TRANSFER.id(), source.address(), target.address(), t);
    String write = Flows.smb(w, source, target, t, domain, user, true, tr.share(),
        SmbFileAccess.Action.WRITE, name, tr.size());
    admin.add(write, t);
    copy.add(write, t);
    long t2 = t + 3 * Micros.SECOND + r.nextInt(3_000_000);
    TruthLog.Step exec = w.truth().step(Stage.LATERAL_TRANSFER,
        Technique.SERVICE_EXECUTION.id(), source.address(), target.address(), t2);
    String svc = tr.rpcOverTcp()
        ? Flows.svcctlOverTcp(w, source, target, t2, domain, user, 49664 + r.nextInt(100),
            uid -> exec.add(uid, t2))
        : Flows.svcctl(w, source, target, t2, domain, user);
    exec.add(svc, t2);
    if (write.isEmpty() || svc.isEmpty() || target.infected() || !campaign.mayInfect()) {
      return;
    }
    long ran = t2 + 10_000;
    campaign.infect(target, ran, w);
    WormHost next = new WormHost(campaign, target, r.split());
    w.schedule(campaign.adjust(w, ran + campaign.spec().spreadDelay()), next);
  }

  private String randomName(WormSpec.Transfer tr) {
    StringBuilder sb = new StringBuilder(tr.nameLength() + 4);
    for (int i = 0; i < tr.nameLength(); i++) {
      sb.append(tr.alphabet().charAt(r.nextInt(tr.alphabet().length())));
    }
    return sb.append(".exe").toString();
  }
}
