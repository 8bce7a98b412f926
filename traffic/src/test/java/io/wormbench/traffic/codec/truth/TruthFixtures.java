package io.wormbench.traffic.codec.truth;

import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.BenignActivity;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.List;

/** A small hand-made ground truth touching every field, including NEVER and empty lists. */
final class TruthFixtures {
  static final long T0 = 1_700_000_000_000_000L;
  static final int WS1 = Ipv4.of(10, 0, 1, 10);
  static final int WS2 = Ipv4.of(10, 0, 1, 11);
  static final int POOL = Ipv4.of(198, 51, 100, 20);

  private TruthFixtures() {}

  static GroundTruth truth() {
    return new GroundTruth("seed-incident", 42, T0, T0 + Micros.DAY,
        List.of(new HostInfo(WS1, "ws-001", HostRole.WORKSTATION, "office"),
            new HostInfo(WS2, "ws-002", HostRole.WORKSTATION, "office")),
        List.of(new HostTimeline(WS1, T0 + Micros.HOUR, T0 + Micros.HOUR + 5, HostTimeline.NEVER),
            new HostTimeline(WS2, T0 + 2 * Micros.HOUR, T0 + 2 * Micros.HOUR,
                T0 + 3 * Micros.HOUR)),
        List.of(new AttackStep(1, Stage.BRUTE_FORCE, "T1110.001", WS1, WS2, T0 + 10,
                T0 + Micros.MINUTE, List.of("CAbc123def456ghi78", "CXyz")),
            new AttackStep(2, Stage.MINING, "T1496", WS2, POOL, T0 + 20, T0 + 20, List.of()),
            new AttackStep(3, Stage.EXTERNAL_SCAN, "T1046", WS1, Ipv4.NONE, T0, T0 + 1,
                List.of("C1"))),
        List.of(new BenignActivity("admin-rdp-chain", WS2, WS1, T0 + 5, T0 + 50, 3)));
  }
}
