package io.wormbench.detectors.http;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorParams;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.baseline.EndpointRarity;
import io.wormbench.detectors.baseline.SharesEndpointRarity;
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
 * internal devices that ever contacted the endpoint, by address or name, as in Darktrace's
 * "rare external endpoint" and in Oprea et al., "Detection of Early-Stage Enterprise
 * Infection by Mining Large-Scale Log Data" (DSN 2015), which flags downloads from domains
 * few hosts visit. A missing or non-browser user agent and a bare IP host raise the score;
 * popular update servers are never rare, so update downloads stay quiet.
 */
public final class RareEndpointDownloadDetector implements Detector, SharesEndpointRarity {
  /** Registered name. */
  public static final String NAME = "rare-endpoint-download";

  /** Parameters with their defaults. */
  public record Settings(int maxDevices, long holdOff) {
    public static final Settings DEFAULTS = new Settings(2, Micros.HOUR);

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      DetectorParams.rejectUnknown(p, "maxDevices", "holdOff");
      return new Settings(
          p.intField("maxDevices", DEFAULTS.maxDevices, v -> v >= 1 && v < CAP,
              "must be between 1 and " + (CAP - 1)),
          p.durationField("holdOff", DEFAULTS.holdOff, v -> v > 0, "must be > 0"));
    }
  }

  static final int CAP = 64;
  private final Settings settings;
  private EndpointRarity rarity = new EndpointRarity(CAP);
  private boolean ownRarity = true;
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
    if (ownRarity) {
      rarity.observe(event);
    }
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
    String agent = h.userAgent();
    boolean noAgent = agent.isEmpty();
    boolean toolAgent = !noAgent && !agent.startsWith("Mozilla/");
    boolean bareIp = h.host().isEmpty() || looksLikeIp(h.host());
    double score = 0.45 + (devices <= 1 ? 0.15 : 0.0) + (noAgent ? 0.25 : toolAgent ? 0.15 : 0.0)
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
            + " ever contacted; user agent "
            + (noAgent ? "missing" : "'" + agent + "'")));
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
