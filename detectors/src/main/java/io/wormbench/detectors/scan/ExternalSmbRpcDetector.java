package io.wormbench.detectors.scan;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.param.Param;
import io.wormbench.detectors.param.ParamSet;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.baseline.EndpointRarity;
import io.wormbench.detectors.DetectionContext;
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
public final class ExternalSmbRpcDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "external-smb-rpc";

  /** True for the watched ports: 135, 137-139 and 445 (a method, so no boxing per event). */
  public static boolean watched(int port) {
    return port == 445 || port == 135 || (port >= 137 && port <= 139);
  }

  static final Param<Long> WINDOW = Param.duration("window", 10 * Micros.MINUTE, v -> v > 0,
      "must be > 0", "sliding window");
  static final Param<Integer> SATURATION = Param.integer("saturation", 8, v -> v >= 2,
      "must be >= 2", "distinct rare destinations for a score of 1");
  static final Param<Integer> MAX_DEVICES = Param.integer("maxDevices", 2,
      v -> v >= 1 && v < EndpointRarity.CAP, "must be between 1 and " + (EndpointRarity.CAP - 1),
      "destinations used by more internal devices are not counted");
  /** The parameters, declared once. */
  public static final ParamSet PARAMS = ParamSet.of(WINDOW, SATURATION, MAX_DEVICES);

  /** Parameters with their defaults. */
  public record Settings(long window, int saturation, int maxDevices) {
    public static final Settings DEFAULTS = of(PARAMS.defaults());

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      return of(PARAMS.bind(p));
    }

    private static Settings of(ParamSet.Bound b) {
      return new Settings(b.get(WINDOW), b.get(SATURATION), b.get(MAX_DEVICES));
    }
  }

  private final Settings settings;
  private EndpointRarity rarity;
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
  public void attach(DetectionContext context) {
    rarity = context.endpointRarity();
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    if (!(event instanceof Connection c) || c.update()) {
      return; // an update's connection was counted at its interim record
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
