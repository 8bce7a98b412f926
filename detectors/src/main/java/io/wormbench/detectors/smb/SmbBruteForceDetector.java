package io.wormbench.detectors.smb;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.param.Param;
import io.wormbench.detectors.param.ParamSet;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.detectors.window.SlidingWindow;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;

/**
 * Failed logons from one source within a sliding window, over NTLM (SMB SESSION_SETUP),
 * Kerberos (AS exchanges answered KDC_ERR_PREAUTH_FAILED or KDC_ERR_C_PRINCIPAL_UNKNOWN, the
 * Windows events 4771/4768 that Microsoft's guidance on password-spray detection counts) and
 * LDAP binds (invalidCredentials, RFC 4511 result 49), following Zeek's
 * {@code policy/protocols/ssh/detect-bruteforcing.zeek} (a failure count per source over a
 * window via SumStats) extended with the breadth features of password spraying (MITRE ATT&CK
 * T1110.003): distinct user names and distinct target hosts. A worm guessing many accounts on
 * many devices scores high; one account failing against one server on a schedule (an expired
 * service-account password) crosses the count but scores low. Identities are counted by
 * account name, so {@code WS12\admin}, {@code WS13\admin}, {@code admin/CORP.EXAMPLE} and
 * {@code CN=admin,...} are one guessed name ({@link Identities}).
 */
public final class SmbBruteForceDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "smb-brute-force";

  /** Parameters with their defaults. */
  public record Settings(long window, int minFailures, int userSaturation, int targetSaturation) {
    public static final Settings DEFAULTS = of(PARAMS.defaults());

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      return of(PARAMS.bind(p));
    }

    private static Settings of(ParamSet.Bound b) {
      return new Settings(b.get(WINDOW), b.get(MIN_FAILURES), b.get(USER_SATURATION),
          b.get(TARGET_SATURATION));
    }
  }

  static final Param<Long> WINDOW = Param.duration("window", 10 * Micros.MINUTE, v -> v > 0,
      "must be > 0", "sliding window");
  static final Param<Integer> MIN_FAILURES = Param.integer("minFailures", 10, v -> v >= 1,
      "must be >= 1", "failures from one source before any alert");
  static final Param<Integer> USER_SATURATION = Param.integer("userSaturation", 5, v -> v >= 2,
      "must be >= 2", "distinct user names for full user-breadth credit");
  static final Param<Integer> TARGET_SATURATION = Param.integer("targetSaturation", 4,
      v -> v >= 2, "must be >= 2", "distinct targets for full target-breadth credit");
  /** The parameters, declared once. */
  public static final ParamSet PARAMS = ParamSet.of(WINDOW, MIN_FAILURES, USER_SATURATION,
      TARGET_SATURATION);

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
    this.failures = new SlidingWindow<>(settings.window(), 3);
    this.gate = new AlertGate<>(settings.window(), 0.1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    String identity;
    String protocol;
    if (event instanceof NtlmAuth a) {
      if (a.success()) {
        return;
      }
      identity = Identities.account(a.user());
      protocol = "NTLM";
    } else if (event instanceof KerberosRequest k) {
      if (k.success() || !Identities.kerberosLogonFailure(k.errorMsg())) {
        return;
      }
      identity = Identities.kerberosClient(k.client());
      protocol = "Kerberos";
    } else if (event instanceof LdapMessage l) {
      if (!l.opcode().startsWith("bind") || !Identities.ldapBadCredentials(l.result())) {
        return;
      }
      identity = Identities.ldapBindName(l.object());
      protocol = "LDAP";
    } else {
      return;
    }
    int source = event.id().origH();
    SlidingWindow.Stats s = failures.add(event.ts(), source, identity, event.id().respH(),
        protocol);
    if (s.count() < settings.minFailures()) {
      return;
    }
    int users = s.distinct(0);
    int targets = s.distinct(1);
    double score = score(s.count(), users, targets);
    if (gate.allow(event.ts(), source, score)) {
      String over = s.distinct(2) == 1 ? protocol + " logons" : "logons over "
          + s.distinct(2) + " protocols (latest " + protocol + ")";
      alerts.emit(new Alert(NAME, event.ts(), source, event.id().respH(), score,
          users > 2 ? Technique.PASSWORD_SPRAYING.id() : Technique.PASSWORD_GUESSING.id(),
          s.count() + " failed " + over + " to " + Evidence.plural(targets, "host") + " with "
              + Evidence.plural(users, "user name") + " in " + Evidence.duration(settings.window())));
    }
  }

  /**
   * Volume alone earns at most 0.25: one account failing repeatedly is more often a stale
   * password than an attack. Breadth across user names and targets earns the rest, and
   * repeated failures spread over two or more names (several accounts each guessed again and
   * again, as a worm with a few harvested names does against one target) another 0.15.
   */
  double score(long count, int users, int targets) {
    double volume = Math.min(1.0, count / (2.0 * settings.minFailures()));
    double userBreadth = Math.min(1.0, (users - 1) / (double) (settings.userSaturation() - 1));
    double targetBreadth =
        Math.min(1.0, (targets - 1) / (double) (settings.targetSaturation() - 1));
    // One user name failing on many hosts is a stale credential in a scanner or service more
    // often than a worm, which must guess accounts: target breadth counts half then.
    double targetWeight = 0.35 * Math.min(1.0, 0.5 + 2 * userBreadth);
    double severalAccounts = users >= 2 ? 0.15 * volume : 0.0;
    return Evidence.score(0.25 * volume + severalAccounts + 0.4 * userBreadth
        + targetWeight * targetBreadth);
  }

  @Override
  public void advance(long now, AlertSink alerts) {
    failures.advance(now);
  }
}
