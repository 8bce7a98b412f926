package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.wormbench.evaluation.stats.Summary;

/** Steps about scores: recall, precision, time-to-detect, false alarms. */
public final class EvaluationSteps {
  private final Workbench bench;

  public EvaluationSteps(Workbench bench) {
    this.bench = bench;
  }

  @Then("host-level recall of {string} is at least {double} in every seed")
  public void recallEverySeed(String detector, double min) {
    assertThat(bench.perSeed(detector, "hostRecall")).as(detector + " recall per seed")
        .allSatisfy(r -> assertThat(r).isGreaterThanOrEqualTo(min));
  }

  @Then("host-level precision of {string} is at least {double} in every seed")
  public void precisionEverySeed(String detector, double min) {
    assertThat(bench.perSeed(detector, "hostPrecision")).as(detector + " precision per seed")
        .allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(min));
  }

  @Then("the mean host-level {word} of {string} over the seeds is at least {double}")
  public void meanOverSeeds(String measure, String detector, double min) {
    String metric = switch (measure) {
      case "recall" -> "hostRecall";
      case "precision" -> "hostPrecision";
      default -> throw new IllegalArgumentException("no host-level measure '" + measure + "'");
    };
    Summary s = bench.outcome().summary().get(detector, metric);
    assertThat(s.n()).as(detector + " seeds with a " + measure).isPositive();
    assertThat(s.mean()).as(detector + " mean " + measure + " " + s.perSeed())
        .isGreaterThanOrEqualTo(min);
  }

  @Then("the median time-to-detect of {string} is under {int} minutes in every seed")
  public void medianTtd(String detector, int minutes) {
    assertThat(bench.perSeed(detector, "medianTtdSeconds")).as(detector + " median TTD (s)")
        .allSatisfy(t -> assertThat(t).isLessThan(minutes * 60.0));
  }

  @Then("{string} raises at most {double} false alarms per day on average")
  public void falseAlarmsPerDay(String detector, double max) {
    Summary s = bench.outcome().summary().get(detector, "falseAlarmsPerDay");
    assertThat(s.mean()).as(detector + " false alarms per day").isLessThanOrEqualTo(max);
  }
}
