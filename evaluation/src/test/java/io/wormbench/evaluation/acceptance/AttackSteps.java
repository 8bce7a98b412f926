package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.wormbench.traffic.truth.AttackStep;
import io.wormbench.traffic.truth.GroundTruth;
import io.wormbench.traffic.truth.HostTimeline;
import io.wormbench.traffic.truth.Stage;
import java.util.List;

/** Steps about the attack as the ground truth records it. */
public final class AttackSteps {
  private final Workbench bench;

  public AttackSteps(Workbench bench) {
    this.bench = bench;
  }

  @Then("every seed has a {word} step tagged with ATT&CK technique {word}")
  public void stageWithTechnique(String stage, String technique) {
    Stage s = Stage.valueOf(stage);
    assertThat(s.techniques()).as("technique of " + stage).contains(technique);
    for (GroundTruth t : bench.truths()) {
      assertThat(labels(t.steps())).as("steps of seed " + t.seed())
          .contains(s + "/" + technique);
    }
  }

  @Then("the runs contain a {word} step tagged with ATT&CK technique {word}")
  public void runsContain(String stage, String technique) {
    Stage s = Stage.valueOf(stage);
    assertThat(s.techniques()).as("technique of " + stage).contains(technique);
    assertThat(labels(bench.steps())).as("steps of all seeds").contains(s + "/" + technique);
  }

  private static java.util.Set<String> labels(List<AttackStep> steps) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    steps.forEach(st -> out.add(st.stage() + "/" + st.technique()));
    return out;
  }

  @Then("every attack step names its events")
  public void stepsHaveEvents() {
    List<AttackStep> steps = bench.steps();
    assertThat(steps).isNotEmpty();
    assertThat(steps.stream().filter(s -> s.eventUids().isEmpty())
        .map(s -> "step " + s.id() + " " + s.stage()).toList()).as("steps without events")
        .isEmpty();
  }

  @Then("every seed infects at least {int} hosts")
  public void infections(int hosts) {
    for (GroundTruth t : bench.truths()) {
      assertThat(t.timelines().stream().filter(HostTimeline::infected).count())
          .as("infected hosts, seed " + t.seed()).isGreaterThanOrEqualTo(hosts);
    }
  }

  @Then("no attack step starts during the learning period")
  public void noAttackWhileLearning() {
    long learningEnd = bench.scenario().simulation().learningEnd();
    assertThat(bench.steps().stream().filter(s -> s.start() < learningEnd)
        .map(s -> "step " + s.id() + " " + s.stage()).toList()).as("steps while learning")
        .isEmpty();
  }
}
