package io.wormbench.detectors.smb;

import io.wormbench.detectors.AlertSink;
import io.wormbench.detectors.Detector;
import io.wormbench.detectors.DetectorParams;
import io.wormbench.detectors.Evidence;
import io.wormbench.detectors.window.AlertGate;
import io.wormbench.detectors.window.RecentMap;
import io.wormbench.detectors.window.SlidingWindow;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Technique;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Executables written over SMB to administrative shares (ADMIN$, C$, other hidden {@code $}
 * shares), the PsExec-style lateral tool transfer of MITRE ATT&CK T1570 / T1021.002, as the
 * Emerging Threats "SMB executable file transfer" rules and Zeek's smb_files analysis see it,
 * followed by a remote service start (svcctl CreateServiceW/StartServiceW, T1569.002). The
 * score grows with how random the name looks (more so from a source that wrote no
 * executable to an admin share during learning), with fan-out of the same source to several targets,
 * and with a remote start after the write; a name the same source already deployed
 * during learning, or one matching a configured deployment name, is a known software
 * deployment pattern and is scored down.
 */
public final class SmbExecutableDropDetector implements Detector {
  /** Registered name. */
  public static final String NAME = "smb-executable-drop";

  static final Set<String> EXTENSIONS =
      Set.of("exe", "dll", "msi", "scr", "sys", "bat", "cmd", "ps1", "vbs", "com");

  /** Parameters with their defaults. */
  public record Settings(long window, int fanOutSaturation, List<String> deploymentNames) {
    public static final Settings DEFAULTS = new Settings(Micros.HOUR, 3, List.of());

    /** Binds and validates the parameters of one {@code detectors:} entry. */
    public static Settings from(SpecNode p) {
      DetectorParams.rejectUnknown(p, "window", "fanOutSaturation", "deploymentNames");
      return new Settings(
          p.durationField("window", DEFAULTS.window, v -> v > 0, "must be > 0"),
          p.intField("fanOutSaturation", DEFAULTS.fanOutSaturation, v -> v >= 2, "must be >= 2"),
          p.strings("deploymentNames").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
  }

  /** The latest drop on a source-target pair, awaiting a remote start. */
  private record Drop(String name, double score, double randomness) {}

  private final Settings settings;
  private final SlidingWindow<Integer> fanOut;
  private final RecentMap<Long, Drop> drops;
  private final AlertGate<Long> gate;
  private final Set<String> learnedDeployments = new HashSet<>();
  private final Set<Integer> learnedWriters = new HashSet<>();
  private boolean learning = true;

  /** Binds parameters from a {@code detectors:} entry. */
  public SmbExecutableDropDetector(SpecNode params) {
    this(Settings.from(params));
  }

  /** A detector with explicit settings. */
  public SmbExecutableDropDetector(Settings settings) {
    this.settings = settings;
    this.fanOut = new SlidingWindow<>(settings.window(), 1);
    this.drops = new RecentMap<>(settings.window());
    this.gate = new AlertGate<>(settings.window(), 0.1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void observe(Event event, AlertSink alerts) {
    if (event instanceof SmbFileAccess f) {
      write(f, alerts);
    } else if (event instanceof DceRpcCall c && c.endpoint().equals("svcctl")
        && (c.operation().equals("CreateServiceW") || c.operation().equals("StartServiceW"))) {
      remoteStart(c, alerts);
    }
  }

  private void write(SmbFileAccess f, AlertSink alerts) {
    if (f.action() != SmbFileAccess.Action.WRITE || !adminShare(f.path())) {
      return;
    }
    String name = baseName(f.name());
    String ext = extension(name);
    if (!EXTENSIONS.contains(ext)) {
      return;
    }
    int src = f.id().origH();
    int dst = f.id().respH();
    String lower = name.toLowerCase(Locale.ROOT);
    String deployKey = src + "|" + lower;
    if (learning) {
      learnedDeployments.add(deployKey);
    }
    boolean known = learnedDeployments.contains(deployKey) && !learning
        || settings.deploymentNames().contains(lower);
    int targets = fanOut.add(f.ts(), src, dst).distinct(0);
    double randomness = NameRandomness.of(name);
    double fan = Math.min(1.0, (targets - 1) / (double) (settings.fanOutSaturation() - 1));
    // A host that wrote no executable to an admin share during learning is a new deployer;
    // that matters only for names that do not look like software.
    if (learning) {
      learnedWriters.add(src);
    }
    boolean newWriter = !learning && !learnedWriters.contains(src);
    double score = 0.2 + 0.5 * randomness + 0.15 * fan + (newWriter ? 0.25 * randomness : 0);
    if (known) {
      score *= 0.5;
    }
    score = Evidence.score(score);
    drops.put(f.ts(), pair(src, dst), new Drop(name, score, randomness));
    if (!gate.allow(f.ts(), pair(src, dst), score)) {
      return;
    }
    alerts.emit(new Alert(NAME, f.ts(), src, dst, score, Technique.LATERAL_TOOL_TRANSFER.id(),
        "executable " + name + " (" + f.size() + " bytes) written to " + f.path() + " on "
            + Evidence.ip(dst) + "; name randomness " + Evidence.decimal(randomness) + "; "
            + Evidence.plural(targets, "admin-share target") + " from this source in "
            + Evidence.duration(settings.window()) + (newWriter ? "; source wrote no admin-share"
            + " executables during learning" : "") + (known ? "; known deployment pattern" : "")));
  }

  private void remoteStart(DceRpcCall c, AlertSink alerts) {
    int src = c.id().origH();
    int dst = c.id().respH();
    drops.get(c.ts(), pair(src, dst)).ifPresent(d -> {
      // Deployment tools start what they copy too, so a start adds less to a legit-looking name.
      double score = Evidence.score(d.score() + 0.15 * (0.5 + 0.5 * d.randomness()));
      if (!gate.allow(c.ts(), pair(src, dst), score)) {
        return;
      }
      alerts.emit(new Alert(NAME, c.ts(), src, dst, score, Technique.SERVICE_EXECUTION.id(),
          "remote service " + c.operation() + " on " + Evidence.ip(dst) + " after executable "
              + d.name() + " was written to its admin share"));
    });
  }

  static boolean adminShare(String uncPath) {
    String share = uncPath.substring(uncPath.lastIndexOf('\\') + 1);
    return share.endsWith("$") && !share.equalsIgnoreCase("IPC$");
  }

  private static String baseName(String name) {
    return name.substring(Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/')) + 1);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static long pair(int src, int dst) {
    return ((long) src << 32) | (dst & 0xffffffffL);
  }

  @Override
  public void advance(long now, AlertSink alerts) {
    fanOut.advance(now);
    drops.advance(now);
  }

  @Override
  public void endLearning(long ts) {
    learning = false;
  }
}
