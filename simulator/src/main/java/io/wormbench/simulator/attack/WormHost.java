package io.wormbench.simulator.attack;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Stage;
import io.wormbench.traffic.truth.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The worm on one infected host, as a state machine: SCAN (stage 3, probes to random internet
 * addresses) until its duration is spent, then BRUTE (stage 4) against one internal target
 * after another, handing successes to lateral transfer (stage 5), which infects the target and
 * starts a new WormHost there after the spread delay. Mining (stage 6) runs beside it. Every
 * run first checks the quarantine: an isolated host's worm stops for good.
 */
final class WormHost implements Action {
  private enum State { SCAN, BRUTE, DONE }

  private final Campaign campaign;
  private final Host host;
  private final SplittableRandom r;
  private State state = State.SCAN;
  private long scanEnd = -1;
  private TruthLog.Step scanStep;
  private int targetsTried;
  private List<Host> candidates;

  WormHost(Campaign campaign, Host host, SplittableRandom r) {
    this.campaign = campaign;
    this.host = host;
    this.r = r;
  }

  @Override
  public void run(long now, World w) {
    if (host.quarantinedAt() <= now) {
      state = State.DONE;
      return;
    }
    switch (state) {
      case SCAN -> scan(now, w);
      case BRUTE -> nextTarget(now, w);
      case DONE -> { }
    }
  }

  private void scan(long now, World w) {
    WormSpec.Scan s = campaign.spec().scan();
    if (scanEnd < 0) {
      scanEnd = now + s.duration();
      scanStep = w.truth().step(Stage.EXTERNAL_SCAN,
          Technique.NETWORK_SERVICE_DISCOVERY.id(), host.address(), Ipv4.NONE, now);
    }
    if (now >= scanEnd || s.probesPerMinute() <= 0 || s.ports().isEmpty()) {
      state = State.BRUTE;
      w.schedule(campaign.adjust(w, now + campaign.spec().stageGap()), this);
      return;
    }
    // Random public-looking addresses in 198.19.0.0/16 (RFC 2544 space), never routed.
    int target = Ipv4.of(198, 19, 0, 0) + 1 + r.nextInt(65_534);
    int port = s.ports().get(r.nextInt(s.ports().size()));
    boolean answered = r.nextDouble() < s.answerShare();
    String uid = Flows.probe(w, host.address(), host.ephemeralPort(), target, port, now,
        answered ? ConnState.RSTO : ConnState.S0, "", answered ? 150_000 : 3_000_000,
        answered ? 160 : 0, answered ? 120 : 0);
    scanStep.add(uid, now);
    if (!uid.isEmpty()) {
      w.truth().malicious(host.address(), now);
    }
    w.schedule(campaign.adjust(w, now + World.exponential(r, Micros.MINUTE
        / s.probesPerMinute())), this);
  }

  private void nextTarget(long now, World w) {
    WormSpec.BruteForce b = campaign.spec().bruteForce();
    if (candidates == null) {
      candidates = new ArrayList<>();
      for (Host h : w.network().hosts()) {
        if (h != host && h.listens(445) && b.targetRoles().contains(h.role())) {
          candidates.add(h);
        }
      }
    }
    // Like most worms, it skips hosts that already carry it (they answer its infection marker).
    candidates.removeIf(Host::infected);
    if (targetsTried >= b.targetsPerHost() || candidates.isEmpty()) {
      state = State.DONE;
      return;
    }
    Host target = candidates.remove(r.nextInt(candidates.size()));
    targetsTried++;
    new BruteForcer(campaign, host, target, r.split(), this).start(w, now);
  }

  /** Called by a finished brute force: the next target after the configured pause. */
  void targetDone(long now, World w) {
    if (state == State.DONE || host.quarantinedAt() <= now) {
      return;
    }
    double perHour = campaign.spec().bruteForce().targetsPerHour();
    w.schedule(campaign.adjust(w, now + World.exponential(r, Micros.HOUR / perHour)), this);
  }

  Host host() {
    return host;
  }
}
