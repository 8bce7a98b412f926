package io.wormbench.detectors.rdp;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorParams;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.detectors.window.DistinctCounter;
import io.wormbench.detectors.window.RecentMap;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Internal RDP connections that are new against the learned baseline, and chains of them
 * (A to B, then B to C within a window), the lateral-movement pattern of MITRE ATT&CK
 * T1021.001 as Darktrace's "new RDP" and "RDP chain" models and Bowman et al., "Detecting
 * Lateral Movement in Enterprise Computer Networks with Unsupervised Graph AI" (RAID 2020),
 * describe it. The baseline is the set of source-destination pairs and of RDP-initiating
 * hosts seen during learning; it keeps growing afterwards, so a pair is new only once. A jump
 * host is a known entry pivot: a host seen entered by RDP from a chain's first host and then
 * relaying it (RDP on to another host within the chain window), as administrators enter their
 * jump host from their workstations; or one that at least {@code jumpHostSources} hosts RDP
 * into and that has itself opened RDP onwards. A server reached further down an administrator's
 * chain, or one several administrators merely log on to, is not one. A path from a chain's
 * first host into a jump host, and on through it, is how administrators work (tiered
 * administration), so its score is multiplied by {@code jumpPathFactor}; hopping back into a
 * jump host from down a chain is not.
 */
public final class UnusualRdpChainDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "unusual-rdp-chain";

  /** Parameters with their defaults. */
  public record Settings(long chainWindow, int jumpHostSources, double jumpPathFactor) {
    public static final Settings DEFAULTS = new Settings(30 * Micros.MINUTE, 3, 0.4);

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      DetectorParams.rejectUnknown(p, "chainWindow", "jumpHostSources", "jumpPathFactor");
      return new Settings(
          p.durationField("chainWindow", DEFAULTS.chainWindow, v -> v > 0, "must be > 0"),
          p.intField("jumpHostSources", DEFAULTS.jumpHostSources, v -> v >= 2 && v < CAP,
              "must be between 2 and " + (CAP - 1)),
          p.doubleField("jumpPathFactor", DEFAULTS.jumpPathFactor, v -> v >= 0 && v <= 1,
              "must be between 0 and 1"));
    }
  }

  static final int CAP = 64;

  /**
   * The latest inbound RDP hop of a host; {@code viaJump}: the path passed a jump host;
   * {@code chained}: the hop's source had itself been entered by RDP (not a chain's first host).
   */
  private record Hop(int from, boolean novel, String user, boolean viaJump, boolean chained) {}

  private final Settings settings;
  private final Set<Long> knownPairs = new HashSet<>();
  private final Set<Integer> knownSources = new HashSet<>();
  private final Set<Integer> pivots = new HashSet<>();
  private final DistinctCounter sourcesOf = new DistinctCounter(CAP);
  private final RecentMap<Integer, Hop> lastInbound;
  private final AlertGate<Long> gate;
  private boolean learning = true;

  /** Binds parameters from a {@code detectors:} entry. */
  public UnusualRdpChainDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public UnusualRdpChainDetector(Settings settings) {
    this.settings = settings;
    this.lastInbound = new RecentMap<>(settings.chainWindow());
    this.gate = new AlertGate<>(settings.chainWindow(), 0.1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    if (!(event instanceof RdpConnect r) || r.refused()) {
      // A negotiation the server refused opened no session: it is no hop of a chain.
      return;
    }
    int src = r.id().origH();
    int dst = r.id().respH();
    if (!Ipv4.isPrivate(src) || !Ipv4.isPrivate(dst)) {
      return;
    }
    long pair = ((long) src << 32) | (dst & 0xffffffffL);
    boolean novel = knownPairs.add(pair);
    sourcesOf.add(dst, src);
    Optional<Hop> inbound = lastInbound.get(r.ts(), src);
    boolean chain = inbound.isPresent() && inbound.get().from() != dst;
    // Paths through a jump host are how admins work. Judged before this connection makes its
    // source a known initiator or pivot. Into a jump host counts only from a chain's first
    // host: administrators enter it from their workstations, not by hopping back from a server.
    boolean jumpPath = jumpHost(src) || (!chain && jumpHost(dst))
        || (chain && inbound.get().viaJump());
    boolean newSource = knownSources.add(src);
    if (chain && !inbound.get().chained()) {
      pivots.add(src); // entered from a chain's first host and relaying: an entry pivot
    }
    lastInbound.put(r.ts(), dst, new Hop(src, novel, r.cookie(), jumpPath, chain));
    if (learning) {
      return;
    }
    boolean chainNovel = chain && inbound.get().novel();
    if (!novel && !chainNovel) {
      return;
    }
    double score = Evidence.score(((novel ? 0.35 : 0) + (newSource ? 0.2 : 0)
        + (chain ? 0.25 : 0) + (chainNovel ? 0.2 : 0))
        * (jumpPath ? settings.jumpPathFactor() : 1.0));
    if (!gate.allow(r.ts(), pair, score)) {
      return;
    }
    StringBuilder ev = new StringBuilder();
    ev.append(novel ? "new " : "known ").append("RDP connection ").append(Evidence.ip(src))
        .append(" -> ").append(Evidence.ip(dst));
    if (!r.cookie().isEmpty()) {
      ev.append(" as '").append(r.cookie()).append('\'');
    }
    if (newSource) {
      ev.append("; source never initiated RDP before");
    }
    if (chain) {
      ev.append("; chained after ").append(inbound.get().novel() ? "new " : "known ")
          .append("RDP ").append(Evidence.ip(inbound.get().from())).append(" -> ")
          .append(Evidence.ip(src)).append(" within ")
          .append(Evidence.duration(settings.chainWindow()));
    }
    if (jumpPath) {
      ev.append("; path through a jump host");
    }
    alerts.emit(new Alert(NAME, r.ts(), src, dst, score, Technique.REMOTE_DESKTOP.id(),
        ev.toString()));
  }

  private boolean jumpHost(int host) {
    return pivots.contains(host)
        || sourcesOf.count(host) >= settings.jumpHostSources() && knownSources.contains(host);
  }

  @Override
  public void advance(long now, AlertSink alerts) {
    lastInbound.advance(now);
  }

  @Override
  public void endLearning(long ts) {
    learning = false;
  }
}
