package io.wormbench.detectors.http;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.DetectionContext;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.baseline.EndpointRarity;
import io.wormbench.detectors.param.Param;
import io.wormbench.detectors.param.ParamSet;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;

/**
 * An executable downloaded over HTTP from an external endpoint that is rare for the
 * organisation (MITRE ATT&CK T1105, Ingress Tool Transfer). Rarity is the number of distinct
 * internal devices that ever contacted the endpoint, by address, name or registered domain, as
 * in Darktrace's "rare external endpoint" and in Oprea et al., "Detection of Early-Stage
 * Enterprise Infection by Mining Large-Scale Log Data" (DSN 2015), which flags downloads from
 * domains few hosts visit; and, relative to the population, its smoothed prevalence among the
 * devices seen using DNS, HTTP or TLS (see {@link EndpointRarity#prevalence}), so a vendor two of
 * an office's 38 workstations use is not rare. A missing agent or a scripting/system download
 * agent ({@link UserAgents}) and a bare IP host raise the score.
 */
public final class RareEndpointDownloadDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "rare-endpoint-download";

  static final Param<Integer> MAX_DEVICES = Param.integer("maxDevices", 2,
      v -> v >= 1 && v < EndpointRarity.CAP, "must be between 1 and " + (EndpointRarity.CAP - 1),
      "an endpoint is rare while at most this many internal devices used it (this one included)");
  static final Param<Double> MAX_PREVALENCE = Param.decimal("maxPrevalence", 0.05,
      v -> v > 0 && v <= 1, "must be in (0, 1]",
      "an endpoint used by two or more devices is rare only while its smoothed share (n + 1/2) / (N + 1) of the N devices seen using DNS, HTTP or TLS is at most this");
  static final Param<Long> HOLD_OFF = Param.duration("holdOff", Micros.HOUR, v -> v > 0,
      "must be > 0", "one alert per client/server pair per hold-off unless the score rises");
  /** The parameters, declared once. */
  public static final ParamSet PARAMS = ParamSet.of(MAX_DEVICES, MAX_PREVALENCE, HOLD_OFF);

  /** Parameters with their defaults. */
  public record Settings(int maxDevices, double maxPrevalence, long holdOff) {
    public static final Settings DEFAULTS = of(PARAMS.defaults());

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      return of(PARAMS.bind(p));
    }

    private static Settings of(ParamSet.Bound b) {
      return new Settings(b.get(MAX_DEVICES), b.get(MAX_PREVALENCE), b.get(HOLD_OFF));
    }
  }

  private final Settings settings;
  private EndpointRarity rarity;
  private final AlertGate<Long> gate;

  /** Binds parameters from a {@code detectors:} entry. */
  public RareEndpointDownloadDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public RareEndpointDownloadDetector(Settings settings) {
    this.settings = settings;
    this.gate = new AlertGate<>(settings.holdOff(), 0.1);
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
    if (!(event instanceof HttpTransaction h)) {
      return;
    }
    int client = h.id().origH();
    int server = h.id().respH();
    if (!Ipv4.isPrivate(client) || Ipv4.isPrivate(server) || h.statusCode() < 200
        || h.statusCode() >= 300 || !Executables.isExecutable(h.respMimeType(), h.uri())) {
      return;
    }
    int devices = rarity.devices(server, h.host());
    if (devices > settings.maxDevices()) {
      return;
    }
    double prevalence = rarity.prevalence(server, h.host());
    if (devices >= 2 && prevalence > settings.maxPrevalence()) {
      return; // used across a small population: known to the organisation, not rare
    }
    String agent = h.userAgent();
    UserAgents kind = UserAgents.of(agent);
    boolean bareIp = h.host().isEmpty() || looksLikeIp(h.host());
    double score = 0.45 + (devices <= 1 ? 0.15 : 0.0)
        + switch (kind) {
          case MISSING, SCRIPTED -> 0.25;
          case OTHER -> 0.15;
          case BROWSER -> 0.0;
        }
        + (bareIp ? 0.15 : 0.0);
    score = Evidence.score(score);
    long key = ((long) client << 32) | (server & 0xffffffffL);
    if (!gate.allow(h.ts(), key, score)) {
      return;
    }
    String host = h.host().isEmpty() ? Evidence.ip(server) : h.host();
    alerts.emit(new Alert(NAME, h.ts(), client, server, score, Technique.INGRESS_TOOL_TRANSFER.id(),
        "executable " + lastSegment(h.uri()) + " (" + h.respBodyLen() + " bytes, "
            + (h.respMimeType().isEmpty() ? "no MIME type" : h.respMimeType()) + ") downloaded from "
            + host + ", an endpoint " + Evidence.plural(devices, "internal device")
            + " ever contacted (of " + rarity.population() + " seen using DNS, HTTP or TLS); user agent "
            + (kind == UserAgents.MISSING ? "missing"
                : "'" + agent + "' (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")")));
  }

  private static boolean looksLikeIp(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!(c == '.' || c == ':' || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static String lastSegment(String uri) {
    int q = uri.indexOf('?');
    String path = q >= 0 ? uri.substring(0, q) : uri;
    int slash = path.lastIndexOf('/');
    String name = slash >= 0 ? path.substring(slash + 1) : path;
    return name.isEmpty() ? "'" + uri + "'" : name;
  }
}
