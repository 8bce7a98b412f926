package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.wormbench.traffic.truth.Stage;

/** Steps about what detectors flag and what they leave alone. */
public final class DetectionSteps {
  private final Workbench bench;

  public DetectionSteps(Workbench bench) {
    this.bench = bench;
  }

  @Then("{string} catches at least {double} of the {word} steps")
  public void catchesStage(String detector, double share, String stage) {
    int[] c = bench.coverage(detector, Stage.valueOf(stage));
    assertThat(c[0]).as(stage + " steps in the runs").isPositive();
    assertThat((double) c[1] / c[0]).as(detector + " caught " + c[1] + " of " + c[0] + " "
        + stage + " steps").isGreaterThanOrEqualTo(share);
  }

  @Then("{string} raises no false alarm attributed to {string}")
  public void noFalseAlarmFrom(String detector, String kind) {
    assertThat(bench.falseAlarms(detector, "lookalike:" + kind)).as(detector + " on " + kind)
        .isZero();
  }

  @Then("{string} raises at most {int} false alarms attributed to {string}")
  public void fewFalseAlarmsFrom(String detector, int max, String kind) {
    assertThat(bench.falseAlarms(detector, "lookalike:" + kind)).as(detector + " on " + kind)
        .isLessThanOrEqualTo(max);
  }
}
