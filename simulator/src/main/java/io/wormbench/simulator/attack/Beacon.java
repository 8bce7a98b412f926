package io.wormbench.simulator.attack;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.truth.Stage;
import io.wormbench.traffic.truth.Technique;
import java.util.SplittableRandom;

/**
 * The optional command-and-control beacon of one infected host (MITRE ATT&CK T1071.001 Web
 * Protocols, T1573 Encrypted Channel): the sleep-and-jitter loop of implants such as Cobalt
 * Strike's Beacon, one short HTTPS (or plain HTTP) check-in per interval, each sleep drawn
 * uniformly within {@code jitter x interval} of the interval. The C2 domain is resolved before
 * the first check-in and again whenever the cached answer's TTL has run out. One action per
 * check-in, so a quarantine silences the beacon from that moment, as it does the miner.
 */
final class Beacon implements Action {
  /** The check-in follows its DNS answer by this much (and keeps the same phase without one). */
  static final long CONNECT_DELAY = 30_000;
  private final Campaign campaign;
  private final Host host;
  private final SplittableRandom r;
  private final WormSpec.C2 c;
  private TruthLog.Step step;
  private long resolvedUntil = Long.MIN_VALUE;

  Beacon(Campaign campaign, Host host, SplittableRandom r) {
    this.campaign = campaign;
    this.host = host;
    this.r = r;
    this.c = campaign.spec().c2();
  }

  void start(World w, long at) {
    step = w.truth().step(Stage.COMMAND_AND_CONTROL, Technique.WEB_PROTOCOLS.id(), host.address(),
        campaign.c2Address, at);
    w.schedule(at, this);
  }

  @Override
  public void run(long now, World w) {
    if (host.quarantinedAt() <= now) {
      return;
    }
    if (now >= resolvedUntil) {
      String dns = Flows.dns(w, host, now, c.domain(), campaign.c2Address, r);
      step.add(dns, now);
      if (!dns.isEmpty()) {
        resolvedUntil = now + c.dnsTtl();
      }
    }
    long t = now + CONNECT_DELAY;
    long out = vary(c.bytesOut());
    long in = vary(c.bytesIn());
    long duration = 60_000 + r.nextInt(240_000);
    String uid = c.tls()
        ? Flows.tls(w, host.address(), host.ephemeralPort(), campaign.c2Address, c.port(), t,
            c.domain(), duration, out, in)
        : Flows.http(w, host.address(), host.ephemeralPort(), campaign.c2Address, c.port(), t,
            c.domain(), c.uri(), c.userAgent(), "application/octet-stream",
            Math.max(0, in - 240), duration, out, in);
    step.add(uid, t);
    if (!uid.isEmpty()) {
      w.truth().malicious(host.address(), t);
    }
    w.schedule(now + sleep(), this);
  }

  /** The next sleep: the interval, moved by up to {@code jitter} of it either way. */
  private long sleep() {
    double f = 1 + c.jitter() * (2 * r.nextDouble() - 1);
    return Math.max(1, Math.round(c.interval() * f));
  }

  /** A check-in's size: the configured one within 2% (the implant's metadata varies a little). */
  private long vary(long bytes) {
    long spread = bytes / 50;
    return spread == 0 ? bytes : bytes - spread + r.nextLong(2 * spread + 1);
  }
}
