package io.wormbench.simulator.attack;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Stage;
import io.wormbench.traffic.truth.Technique;
import java.util.SplittableRandom;

/**
 * Stage 6: the miner's pool sessions. Each session resolves the pool, opens one TCP connection
 * and speaks Stratum v1 (mining.subscribe, mining.authorize, mining.set_difficulty,
 * mining.notify, mining.submit) or the XMRig/MinerGate dialect (login, job, submit,
 * keepalived); with TLS only the handshake is visible. Messages are emitted one action at a
 * time, so a quarantine silences the miner from that moment.
 */
final class Miner implements Action {
  private final Campaign campaign;
  private final Host host;
  private final SplittableRandom r;
  private final WormSpec.Mining m;
  private final String worker;
  private TruthLog.Step step;
  private String uid = "";
  private ConnId id;
  private long sessionEnd;
  private long nextSubmit;
  private long nextJob;
  private long nextKeepalive;

  Miner(Campaign campaign, Host host, SplittableRandom r) {
    this.campaign = campaign;
    this.host = host;
    this.r = r;
    this.m = campaign.spec().mining();
    this.worker = m.dialect() == WormSpec.Dialect.XMRIG
        ? "4" + Long.toString(r.nextLong() >>> 2, 36) + "." + host.name().toLowerCase()
        : "wallet." + host.name().toLowerCase();
  }

  void start(World w, long at) {
    step = w.truth().step(Stage.MINING, Technique.RESOURCE_HIJACKING.id(), host.address(),
        campaign.poolAddress, at);
    w.schedule(at, this);
  }

  @Override
  public void run(long now, World w) {
    if (host.quarantinedAt() <= now) {
      return;
    }
    if (uid.isEmpty() || now >= sessionEnd) {
      open(now, w);
      return;
    }
    boolean xmrig = m.dialect() == WormSpec.Dialect.XMRIG;
    if (now == nextSubmit) {
      emit(w, now, xmrig ? "submit" : "mining.submit", true);
      nextSubmit = now + World.exponential(r, Micros.HOUR / Math.max(m.submitsPerHour(), 1e-9));
    } else if (now == nextJob) {
      emit(w, now, xmrig ? "job" : "mining.notify", false);
      nextJob = now + World.exponential(r, Micros.HOUR / Math.max(m.jobsPerHour(), 1e-9));
    } else if (now == nextKeepalive) {
      if (xmrig) {
        emit(w, now, "keepalived", true);
      }
      nextKeepalive = now + Micros.MINUTE;
    }
    scheduleNext(w);
  }

  private void open(long now, World w) {
    String dns = Flows.dns(w, host, now, m.pool(), campaign.poolAddress, r);
    step.add(dns, now);
    long t = now + 30_000;
    if (dns.isEmpty() || w.blocked(host.address(), campaign.poolAddress, t)) {
      return;
    }
    uid = w.uid();
    id = new ConnId(host.address(), host.ephemeralPort(), campaign.poolAddress, m.port());
    sessionEnd = t + m.sessionLength();
    long msgs = (long) ((m.submitsPerHour() + m.jobsPerHour() + 60) * m.sessionLength()
        / Micros.HOUR);
    w.emit(new Connection(t, uid, id, Transport.TCP, m.tls() ? "ssl" : "stratum",
        m.sessionLength(), 200 + msgs * 90, 400 + msgs * 160, 3 + msgs, 3 + msgs, ConnState.SF));
    step.add(uid, t);
    w.truth().malicious(host.address(), now);
    boolean xmrig = m.dialect() == WormSpec.Dialect.XMRIG;
    if (m.tls()) {
      w.emit(new TlsHandshake(t + 2_000, uid, id, m.pool(), "TLSv12"));
    } else if (xmrig) {
      emit(w, t + 2_000, "login", true);
      emit(w, t + 60_000, "job", false);
    } else {
      emit(w, t + 2_000, "mining.subscribe", true);
      emit(w, t + 3_000, "mining.authorize", true);
      emit(w, t + 60_000, "mining.set_difficulty", false);
      emit(w, t + 61_000, "mining.notify", false);
    }
    nextSubmit = t + World.exponential(r, Micros.HOUR / Math.max(m.submitsPerHour(), 1e-9));
    nextJob = t + 61_001 + World.exponential(r, Micros.HOUR / Math.max(m.jobsPerHour(), 1e-9));
    nextKeepalive = t + Micros.MINUTE + 1;
    scheduleNext(w);
  }

  private void emit(World w, long ts, String method, boolean fromOriginator) {
    if (m.tls()) {
      return;
    }
    boolean named = method.equals("login") || method.equals("mining.authorize")
        || method.equals("submit") || method.equals("mining.submit");
    w.emit(new StratumMessage(ts, uid, id, method, named ? worker : "",
        method.equals("login") || method.equals("mining.subscribe") ? m.agent() : "",
        fromOriginator));
  }

  private void scheduleNext(World w) {
    long next = Math.min(nextSubmit, Math.min(nextJob, nextKeepalive));
    if (next >= sessionEnd) {
      // Miners reconnect a few seconds after a session ends.
      w.schedule(sessionEnd + 5 * Micros.SECOND, this);
    } else {
      w.schedule(next, this);
    }
  }
}
