package io.wormbench.detectors.rdp;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorParams;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.detectors.window.RecentMap;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Internal RDP connections that are new against the learned baseline, and chains of them
 * (A to B, then B to C within a window), the lateral-movement pattern of MITRE ATT&CK
 * T1021.001 as Darktrace's "new RDP" and "RDP chain" models and Bowman et al., "Detecting
 * Lateral Movement in Enterprise Computer Networks with Unsupervised Graph AI" (RAID 2020),
 * describe it. The baseline is the set of source-destination pairs and of RDP-initiating
 * hosts seen during learning; it keeps growing afterwards, so a pair is new only once. Admins
 * hopping through a jump host along pairs seen in learning stay quiet.
 */
public final class UnusualRdpChainDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "unusual-rdp-chain";

  /** Parameters with their defaults. */
  public record Settings(long chainWindow) {
    public static final Settings DEFAULTS = new Settings(30 * Micros.MINUTE);

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      DetectorParams.rejectUnknown(p, "chainWindow");
      return new Settings(
          p.durationField("chainWindow", DEFAULTS.chainWindow, v -> v > 0, "must be > 0"));
    }
  }

  /** The latest inbound RDP hop of a host. */
  private record Hop(int from, boolean novel, String user) {}

  private final Settings settings;
  private final Set<Long> knownPairs = new HashSet<>();
  private final Set<Integer> knownSources = new HashSet<>();
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
    if (!(event instanceof RdpConnect r)) {
      return;
    }
    int src = r.id().origH();
    int dst = r.id().respH();
    if (!Ipv4.isPrivate(src) || !Ipv4.isPrivate(dst)) {
      return;
    }
    long pair = ((long) src << 32) | (dst & 0xffffffffL);
    boolean novel = knownPairs.add(pair);
    boolean newSource = knownSources.add(src);
    Optional<Hop> inbound = lastInbound.get(r.ts(), src);
    lastInbound.put(r.ts(), dst, new Hop(src, novel, r.cookie()));
    if (learning) {
      return;
    }
    boolean chain = inbound.isPresent() && inbound.get().from() != dst;
    boolean chainNovel = chain && inbound.get().novel();
    if (!novel && !chainNovel) {
      return;
    }
    double score = Evidence.score((novel ? 0.35 : 0) + (newSource ? 0.2 : 0)
        + (chain ? 0.25 : 0) + (chainNovel ? 0.2 : 0));
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
    alerts.emit(new Alert(NAME, r.ts(), src, dst, score, "T1021.001", ev.toString()));
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
