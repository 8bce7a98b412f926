package io.wormbench.detectors.scan;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorParams;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.baseline.EndpointRarity;
import io.wormbench.detectors.baseline.SharesEndpointRarity;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.detectors.window.SlidingWindow;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;

/**
 * Internal hosts opening SMB (445), NetBIOS (137-139) or MS-RPC endpoint-mapper (135)
 * connections to rare internet addresses: the outward scanning of SMB worms such as WannaCry
 * and of the seed incident (MITRE ATT&CK T1046), which Microsoft and CISA advise blocking at
 * the perimeter because legitimate use is almost nil. Following the scan detectors of Zeek
 * ({@code scan.zeek}) and Jung et al., "Fast Portscan Detection Using Sequential Hypothesis
 * Testing" (IEEE S&P 2004), the score grows with the number of distinct rare destinations in
 * a sliding window; a single connection to a popular cloud file service scores low.
 */
public final class ExternalSmbRpcDetector implements Detector, SharesEndpointRarity {
  /** Registered name. */
  public static final String NAME = "external-smb-rpc";

  /** True for the watched ports: 135, 137-139 and 445 (a method, so no boxing per event). */
  public static boolean watched(int port) {
    return port == 445 || port == 135 || (port >= 137 && port <= 139);
  }

  /** Parameters with their defaults. */
  public record Settings(long window, int saturation, int maxDevices) {
    public static final Settings DEFAULTS = new Settings(10 * Micros.MINUTE, 8, 2);

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      DetectorParams.rejectUnknown(p, "window", "saturation", "maxDevices");
      return new Settings(
          p.durationField("window", DEFAULTS.window, v -> v > 0, "must be > 0"),
          p.intField("saturation", DEFAULTS.saturation, v -> v >= 2, "must be >= 2"),
          p.intField("maxDevices", DEFAULTS.maxDevices, v -> v >= 1 && v < CAP,
              "must be between 1 and " + (CAP - 1)));
    }
  }

  static final int CAP = 64;
  private final Settings settings;
  private EndpointRarity rarity = new EndpointRarity(CAP);
  private boolean ownRarity = true;
  private final SlidingWindow<Integer> window;
  private final AlertGate<Integer> gate;

  /** Binds parameters from a {@code detectors:} entry. */
  public ExternalSmbRpcDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public ExternalSmbRpcDetector(Settings settings) {
    this.settings = settings;
    this.window = new SlidingWindow<>(settings.window(), 2);
    this.gate = new AlertGate<>(settings.window(), 0.1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int rarityCap() {
    return CAP;
  }

  @Override
  public void useSharedRarity(EndpointRarity shared) {
    rarity = shared;
    ownRarity = false;
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    if (!(event instanceof Connection c) || c.update()) {
      return; // an update's connection was counted at its interim record
    }
    if (ownRarity) {
      rarity.observe(c);
    }
    int src = c.id().origH();
    int dst = c.id().respH();
    int port = c.id().respP();
    if (!watched(port) || !Ipv4.isPrivate(src) || Ipv4.isPrivate(dst)
        || dst == Ipv4.NONE) {
      return;
    }
    // Popular destinations (a sanctioned cloud file share) are not counted at all.
    if (rarity.devices(dst) > settings.maxDevices()) {
      return;
    }
    SlidingWindow.Stats s = window.add(c.ts(), src, dst, port);
    int destinations = s.distinct(0);
    double score = Evidence.score(0.3 + 0.7 * Math.min(1.0,
        (destinations - 1) / (double) (settings.saturation() - 1)));
    if (!gate.allow(c.ts(), src, score)) {
      return;
    }
    alerts.emit(new Alert(NAME, c.ts(), src, dst, score, Technique.NETWORK_SERVICE_DISCOVERY.id(),
        s.count() + " connections to SMB/RPC/NetBIOS ports (" + s.distinct(1) + " distinct, last "
            + port + ") of " + Evidence.plural(destinations, "rare external host") + " in "
            + Evidence.duration(settings.window()) + "; latest " + Evidence.ip(dst) + " ("
            + c.state() + ")"));
  }

  @Override
  public void advance(long now, AlertSink alerts) {
    window.advance(now);
  }
}
