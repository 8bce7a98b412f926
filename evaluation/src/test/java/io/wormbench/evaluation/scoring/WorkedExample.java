package io.wormbench.evaluation.scoring;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The worked example of SCORING.md, built by hand: ten hosts, two scored days, a worm that
 * infects A, then B by brute force, then C; a password typo on D. Keep in step with the doc.
 */
public final class WorkedExample {
  public static final long T0 = Micros.of(java.time.Instant.parse("2026-03-02T00:00:00Z"));
  public static final int A = Ipv4.of(10, 0, 0, 1);
  public static final int B = Ipv4.of(10, 0, 0, 2);
  public static final int C = Ipv4.of(10, 0, 0, 3);
  public static final int D = Ipv4.of(10, 0, 0, 4);
  public static final int E = Ipv4.of(10, 0, 0, 5);
  public static final int POOL = Ipv4.of(198, 51, 100, 7);
  /** The example scores every alert (operating point 0), as SCORING.md's worked example does. */
  public static final ScoringSettings SETTINGS =
      new ScoringSettings(30 * Micros.MINUTE, T0, Micros.HOUR, 0);

  private WorkedExample() {}

  public static long at(int hours, int minutes) {
    return T0 + hours * Micros.HOUR + minutes * Micros.MINUTE;
  }

  public static GroundTruth truth() {
    return truth(HostTimeline.NEVER);
  }

  /** The example's truth, with A quarantined at {@code quarantineA}. */
  public static GroundTruth truth(long quarantineA) {
    List<HostInfo> hosts = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      hosts.add(new HostInfo(Ipv4.of(10, 0, 0, i), "ws-" + i, HostRole.WORKSTATION, "users"));
    }
    List<HostTimeline> timelines = List.of(
        new HostTimeline(A, at(1, 0), at(1, 0), quarantineA),
        new HostTimeline(B, at(2, 10), at(2, 10), HostTimeline.NEVER),
        new HostTimeline(C, at(3, 0), at(3, 0), HostTimeline.NEVER));
    List<AttackStep> steps = List.of(
        new AttackStep(1, Stage.INITIAL_DOWNLOAD, "T1105", A, POOL, at(1, 0), at(1, 0), List.of()),
        new AttackStep(2, Stage.BRUTE_FORCE, "T1110.001", A, B, at(2, 0), at(2, 10), List.of()),
        new AttackStep(3, Stage.LATERAL_TRANSFER, "T1570", A, B, at(2, 10), at(2, 11), List.of()),
        new AttackStep(4, Stage.LATERAL_TRANSFER, "T1570", B, C, at(3, 0), at(3, 1), List.of()));
    List<BenignActivity> lookalikes = List.of(
        new BenignActivity("password-typo", D, Ipv4.of(10, 0, 0, 10), at(5, 0), at(5, 1), 3));
    return new GroundTruth("worked-example", 1, T0, T0 + 2 * Micros.DAY, hosts, timelines, steps,
        lookalikes);
  }

  public static Alert alert(String detector, int host, long ts, double score, String technique) {
    return new Alert(detector, ts, host, Ipv4.NONE, score, technique, "test");
  }

  /** a1..a5 of SCORING.md, in emission order. */
  public static List<Alert> alerts() {
    return List.of(
        alert("rare-endpoint-download", A, at(1, 1), 0.7, "T1105"),
        alert("smb-brute-force", A, at(2, 5), 0.9, "T1110.001"),
        alert("smb-brute-force", B, at(2, 5), 0.5, "T1110.001"),
        alert("smb-brute-force", D, at(5, 2), 0.3, "T1110.001"),
        alert("beaconing", E, at(10, 0), 0.2, "T1071"));
  }
}
