package io.wormbench.traffic.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechniqueTest {
  @Test
  void everyTechnique_hasAnAttackIdOfItsOwn() {
    Set<String> ids = new HashSet<>();
    for (Technique t : Technique.values()) {
      assertThat(t.id()).matches(Technique.ID);
      assertThat(ids.add(t.id())).as("duplicate " + t.id()).isTrue();
      assertThat(Technique.byId(t.id())).contains(t);
      assertThat(t.title()).isNotBlank();
    }
  }

  @Test
  void everyStageTechnique_mapsBackToItsStage() {
    for (Stage s : Stage.values()) {
      assertThat(s.mainTechnique()).isEqualTo(s.attackTechniques().get(0));
      for (Technique t : s.attackTechniques()) {
        assertThat(t.stage()).as(t.id()).contains(s);
      }
    }
  }

  @Test
  void unknownThirdPartyText_isKeptButHasNoStage() {
    assertThat(Technique.stageOf("T1190")).isEmpty();
    assertThat(Technique.EXPLOIT_PUBLIC_FACING_APPLICATION.stage()).isEmpty();
    assertThat(Technique.stageOf("")).isEmpty();
    assertThat(Technique.stageOf("ET TROJAN CoinMiner")).isEmpty();
    assertThat(Technique.byId("T9999")).isEmpty();
    // Parents and sub-techniques of a stage's techniques still map.
    assertThat(Technique.stageOf("T1496.001")).contains(Stage.MINING);
    assertThat(Technique.stageOf("T1110")).contains(Stage.BRUTE_FORCE);
    assertThat(Technique.stageOf("T1021")).contains(Stage.RDP_CHAIN);
  }

  @Test
  void stageLookups_areStableWhenRepeated() {
    for (int i = 0; i < 3; i++) {
      assertThat(Technique.stageOf("T1496")).contains(Stage.MINING);
      assertThat(Technique.stageOf("T1059")).isEmpty();
    }
  }

  @Test
  void stepWithAnotherStagesTechnique_isRejectedWithOneLine() {
    assertThatThrownBy(() -> new AttackStep(1, Stage.MINING, "T1110.001", 1, 2, 0, 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("technique 'T1110.001' is not one of MINING's (T1496)");
    assertThat(new AttackStep(1, Stage.BRUTE_FORCE, "T1110.003", 1, 2, 0, 1, List.of())
        .attackTechnique()).isEqualTo(Technique.PASSWORD_SPRAYING);
  }
}
