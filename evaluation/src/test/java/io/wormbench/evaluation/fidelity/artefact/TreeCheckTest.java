package io.wormbench.evaluation.fidelity.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TreeCheckTest {
  /**
   * A run of 400 benign and 100 attack connections. With {@code constant} the attack's
   * response size is always 11,900 bytes (today's mining constant), else drawn like benign.
   */
  static ArtefactSample run(String label, long seed, boolean constant) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Connection> conns = new ArrayList<>();
    List<String> attack = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      boolean isAttack = i % 5 == 0;
      long resp = isAttack && constant ? 11_900 : 100 + r.nextInt(50_000);
      String uid = label + i;
      conns.add(new Connection(i * 1_000_000L + r.nextInt(1000), uid,
          new ConnId(Ipv4.parse("10.0.0.1"), 50000, Ipv4.parse("8.8.8.8"), 443), Transport.TCP,
          "ssl", 1_000_000, 500, resp, 5, 10, ConnState.SF));
      if (isAttack) {
        attack.add(uid);
      }
    }
    GroundTruth t = new GroundTruth(label, seed, 0, 1, List.of(), List.of(),
        List.of(new AttackStep(1, Stage.MINING, "T1496", 0, 0, 0, 1, attack)), List.of());
    ArtefactSample s = new ArtefactSample(label, t, 10_000);
    for (Connection c : conns) {
      s.offer(c, c.id().respH(), 12);
    }
    return s;
  }

  @Test
  void constantAttackSize_isLearnedOnOneRunAndFoundInAnother() {
    TreeCheck t = TreeCheck.run(run("a", 1, true), run("b", 2, true),
        TreeCheck.DEFAULT_EXCLUDED);
    assertThat(t.auc()).isGreaterThan(0.95);
    assertThat(t.features()).doesNotContain("port", "service");
    assertThat(String.join("\n", t.splits())).contains("resp_");
  }

  @Test
  void attackDrawnLikeBenign_leavesTheTreeNearChance() {
    TreeCheck t = TreeCheck.run(run("a", 1, false), run("b", 2, false),
        TreeCheck.DEFAULT_EXCLUDED);
    assertThat(t.auc()).isBetween(0.35, 0.65);
  }

  @Test
  void sampleCountsAttackByTruthUids() {
    ArtefactSample s = run("a", 1, true);
    assertThat(s.attackSeen()).isEqualTo(100);
    assertThat(s.benignSeen()).isEqualTo(400);
    assertThat(s.attack()).hasSize(100);
  }
}
