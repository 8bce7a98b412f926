package io.wormbench.simulator.attack;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.TruthLog;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.simulator.network.Network;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.Stage;
import io.wormbench.traffic.truth.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One running worm attack: patient zero's download (stage 1) and RDP chain (stage 2), then a
 * {@link WormHost} state machine on every infected host for stages 3 to 6, with a {@link Miner}
 * and, when {@code c2} is on, a {@link Beacon} beside it. Holds what the attack shares between
 * hosts: the infected set size, harvested account names, the payload's, pool's and C2
 * server's addresses.
 */
public final class Campaign {
  private final WormSpec spec;
  private final SplittableRandom random;
  private final SplittableRandom c2Random;
  private final List<String> harvested = new ArrayList<>();
  private int infected;
  final int downloadAddress;
  final int poolAddress;
  final int c2Address;

  Campaign(WormSpec spec, SplittableRandom random, SplittableRandom c2Random, int index) {
    this.spec = spec;
    this.random = random;
    this.c2Random = c2Random;
    this.downloadAddress = Ipv4.of(203, 0, 113, 10 + index);
    this.poolAddress = Ipv4.of(203, 0, 113, 100 + index);
    this.c2Address = c2Address(spec.c2().domain());
  }

  /**
   * The C2 server of {@code domain}: a fixed TEST-NET-3 address in 203.0.113.200-249 (the
   * download sites and pools use .10 and .100 upwards), the same for every attack naming the
   * same domain. String.hashCode is specified by the JLS, so this is the same on every JVM.
   */
  static int c2Address(String domain) {
    return Ipv4.of(203, 0, 113, 200 + Math.floorMod(domain.hashCode(), 50));
  }

  /**
   * Schedules the attack in {@code w}, {@code spec.start()} after the learning period. The
   * beacons draw only from {@code c2Random}, so switching {@code c2} on leaves every other
   * decision of the attack (who is infected, when) as it was.
   */
  public static void install(World w, WormSpec spec, SplittableRandom random,
      SplittableRandom c2Random, int index, long learningEnd) {
    Campaign c = new Campaign(spec, random, c2Random, index);
    List<Host> candidates = new ArrayList<>(w.network().role(spec.patientZeroRole()));
    for (int i = 0; i < spec.patientZeros() && !candidates.isEmpty(); i++) {
      Host p0 = candidates.remove(random.nextInt(candidates.size()));
      long at = c.adjust(w, learningEnd + spec.start() + i * 7 * Micros.MINUTE);
      w.schedule(at, (now, world) -> c.patientZero(p0, now, world));
    }
  }

  WormSpec spec() {
    return spec;
  }

  List<String> harvested() {
    return harvested;
  }

  /** Moves {@code t} into working hours when the stealth knob asks for it. */
  long adjust(World w, long t) {
    return spec.workingHoursOnly() ? w.rhythm().nextWorkingTime(t) : t;
  }

  /** True if one more host may be infected. */
  boolean mayInfect() {
    return infected < spec.maxInfected();
  }

  private void patientZero(Host p0, long now, World w) {
    if (p0.quarantinedAt() <= now || p0.infected()) {
      return;
    }
    WormSpec.Download d = spec.download();
    TruthLog.Step step = w.truth().step(Stage.INITIAL_DOWNLOAD,
        Technique.INGRESS_TOOL_TRANSFER.id(), p0.address(), downloadAddress, now);
    String dns = Flows.dns(w, p0, now, d.domain(), downloadAddress, random);
    step.add(dns, now);
    long t = now + 40_000;
    String http = Flows.http(w, p0.address(), p0.ephemeralPort(), downloadAddress, 80, t,
        d.domain(), d.uri(), d.userAgent(), Flows.DOSEXEC, d.size(), d.size() * 4 + 200_000);
    step.add(http, t);
    if (http.isEmpty()) {
      return;
    }
    w.truth().malicious(p0.address(), now);
    long ran = t + d.size() * 4 + 2 * Micros.SECOND;
    infect(p0, ran, w);
    w.schedule(adjust(w, ran + spec.stageGap()), rdpChain(p0, w.network()));
  }

  /** Stage 2, one hop per action so that a quarantine stops the chain where it is. */
  private final class RdpHop implements Action {
    private final Host p0;
    private final Host from;
    private final List<Host> path;
    private final int index;
    private final String cookie;

    RdpHop(Host p0, Host from, List<Host> path, int index, String cookie) {
      this.p0 = p0;
      this.from = from;
      this.path = path;
      this.index = index;
      this.cookie = cookie;
    }

    @Override
    public void run(long now, World w) {
      if (index >= path.size() || from.quarantinedAt() <= now) {
        // After the chain, patient zero itself runs stages 3-6.
        if (p0.quarantinedAt() > now) {
          w.schedule(adjust(w, now + spec.stageGap()), new WormHost(Campaign.this, p0,
              random.split()));
        }
        return;
      }
      Host to = path.get(index);
      TruthLog.Step step = w.truth().step(Stage.RDP_CHAIN,
          Technique.REMOTE_DESKTOP.id(), from.address(), to.address(), now);
      String uid = Flows.rdp(w, from, to, now, cookie, 5 * Micros.MINUTE
          + World.exponential(random, 10 * Micros.MINUTE), 150_000, 2_000_000);
      step.add(uid, now);
      boolean hopped = !uid.isEmpty();
      if (hopped) {
        w.truth().malicious(from.address(), now);
        if (index + 1 < path.size()) {
          // The attacker controls the session on 'to': its onward hop is malicious too.
          w.truth().infected(to.address(), now);
        }
      }
      long next = adjust(w, now + spec.rdpChain().gap() + random.nextLong(Micros.MINUTE));
      w.schedule(next, new RdpHop(p0, hopped ? to : from, path,
          hopped ? index + 1 : path.size(), cookie));
    }
  }

  /** The first hop of the RDP chain from {@code p0}, with the account name it uses. */
  private RdpHop rdpChain(Host p0, Network net) {
    String cookie = "administrator";
    List<Host> path;
    if (!net.admins().isEmpty()) {
      Network.AdminGroup g = net.admins().get(random.nextInt(net.admins().size()));
      cookie = g.account().name();
      if (!harvested.contains(cookie)) {
        harvested.add(cookie);
      }
      path = spec.rdpChain().alongAdminPairs() ? adminPath(net, g) : newPairs(net, p0);
    } else {
      path = newPairs(net, p0);
    }
    path = List.copyOf(path.subList(0, Math.min(path.size(), spec.rdpChain().hops())));
    return new RdpHop(p0, p0, path, 0, cookie);
  }

  private List<Host> adminPath(Network net, Network.AdminGroup g) {
    List<Host> path = new ArrayList<>();
    if (!net.role(HostRole.JUMP_HOST).isEmpty()) {
      path.add(net.role(HostRole.JUMP_HOST).get(0));
    }
    path.addAll(g.servers());
    return path;
  }

  private List<Host> newPairs(Network net, Host p0) {
    List<Host> rdp = new ArrayList<>();
    for (Host h : net.hosts()) {
      if (h != p0 && h.listens(3389)) {
        rdp.add(h);
      }
    }
    List<Host> path = new ArrayList<>();
    while (!rdp.isEmpty() && path.size() < spec.rdpChain().hops()) {
      path.add(rdp.remove(random.nextInt(rdp.size())));
    }
    return path;
  }

  /** Marks {@code h} infected at {@code at}. */
  void infect(Host h, long at, World w) {
    h.markInfected();
    infected++;
    w.truth().infected(h.address(), at);
    new Miner(this, h, random.split()).start(w, adjust(w, at + spec.stageGap()));
    if (spec.c2().enabled()) {
      new Beacon(this, h, c2Random.split()).start(w, adjust(w, at + spec.c2().startAfter()));
    }
  }
}
