package io.wormbench.detectors.smb;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorParams;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.detectors.window.SlidingWindow;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;

/**
 * Failed NTLM logons from one source within a sliding window, following Zeek's
 * {@code policy/protocols/ssh/detect-bruteforcing.zeek} (a failure count per source over a
 * window via SumStats) extended with the breadth features of password spraying (MITRE ATT&CK
 * T1110.003): distinct user names and distinct target hosts. A worm guessing many accounts on
 * many devices scores high; one account failing against one server on a schedule (an expired
 * service-account password) crosses the count but scores low.
 */
public final class SmbBruteForceDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "smb-brute-force";

  /** Parameters with their defaults. */
  public record Settings(long window, int minFailures, int userSaturation, int targetSaturation) {
    public static final Settings DEFAULTS = new Settings(10 * Micros.MINUTE, 10, 5, 4);

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      DetectorParams.rejectUnknown(p, "window", "minFailures", "userSaturation", "targetSaturation");
      return new Settings(
          p.durationField("window", DEFAULTS.window, v -> v > 0, "must be > 0"),
          p.intField("minFailures", DEFAULTS.minFailures, v -> v >= 1, "must be >= 1"),
          p.intField("userSaturation", DEFAULTS.userSaturation, v -> v >= 2, "must be >= 2"),
          p.intField("targetSaturation", DEFAULTS.targetSaturation, v -> v >= 2, "must be >= 2"));
    }
  }

  private final Settings settings;
  private final SlidingWindow<Integer> failures;
  private final AlertGate<Integer> gate;

  /** Binds parameters from a {@code detectors:} entry. */
  public SmbBruteForceDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public SmbBruteForceDetector(Settings settings) {
    this.settings = settings;
    this.failures = new SlidingWindow<>(settings.window(), 2);
    this.gate = new AlertGate<>(settings.window(), 0.1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    if (!(event instanceof NtlmAuth a) || a.success()) {
      return;
    }
    int source = a.id().origH();
    String user = (a.domain() + "\\" + a.user()).toLowerCase(java.util.Locale.ROOT);
    SlidingWindow.Stats s = failures.add(a.ts(), source, user, a.id().respH());
    if (s.count() < settings.minFailures()) {
      return;
    }
    int users = s.distinct(0);
    int targets = s.distinct(1);
    double score = score(s.count(), users, targets);
    if (gate.allow(a.ts(), source, score)) {
      alerts.emit(new Alert(NAME, a.ts(), source, a.id().respH(), score,
          users > 2 ? Technique.PASSWORD_SPRAYING.id() : Technique.PASSWORD_GUESSING.id(),
          s.count() + " failed NTLM logons to " + Evidence.plural(targets, "host") + " with "
              + Evidence.plural(users, "user name") + " in " + Evidence.duration(settings.window())));
    }
  }

  /**
   * Volume alone earns at most 0.25: one account failing repeatedly is more often a stale
   * password than an attack. Breadth across user names and targets earns the rest.
   */
  double score(long count, int users, int targets) {
    double volume = Math.min(1.0, count / (2.0 * settings.minFailures()));
    double userBreadth = Math.min(1.0, (users - 1) / (double) (settings.userSaturation() - 1));
    double targetBreadth =
        Math.min(1.0, (targets - 1) / (double) (settings.targetSaturation() - 1));
    // One user name failing on many hosts is a stale credential in a scanner or service more
    // often than a worm, which must guess accounts: target breadth counts half then.
    double targetWeight = 0.35 * Math.min(1.0, 0.5 + 2 * userBreadth);
    return Evidence.score(0.25 * volume + 0.4 * userBreadth + targetWeight * targetBreadth);
  }

  @Override
  public void advance(long now, AlertSink alerts) {
    failures.advance(now);
  }
}
