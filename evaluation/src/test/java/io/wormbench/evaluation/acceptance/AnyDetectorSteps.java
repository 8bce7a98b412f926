package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.wormbench.evaluation.scoring.Metric;

/** Steps of any-detector.feature: a tool in the loop naming flows, and compare --pair. */
public final class AnyDetectorSteps {
  private final AnyDetectorDriver driver;

  public AnyDetectorSteps(AnyDetectorDriver driver) {
    this.driver = driver;
  }

  @Given("the scenario {string} over seeds {int} to {int} with a tool in the loop alerting on mining and DNS flows by Community ID")
  public void tool(String scenario, int first, int last) {
    driver.prepare(scenario, first, last);
  }

  @When("the run is scored")
  public void scored() {
    driver.run();
  }

  @Then("flow-level precision of the tool {string} is strictly between 0 and 1 in every seed")
  public void flowPrecision(String detector) {
    assertThat(driver.perSeed(detector, Metric.FLOW_PRECISION))
        .allSatisfy(v -> assertThat(v).isStrictlyBetween(0.0, 1.0));
  }

  @Then("flow-level recall of the tool {string} is above 0 in every seed")
  public void flowRecall(String detector) {
    assertThat(driver.perSeed(detector, Metric.FLOW_RECALL))
        .allSatisfy(v -> assertThat(v).isGreaterThan(0));
  }

  @Then("the built-in {string} names no flow in any seed")
  public void noFlows(String detector) {
    assertThat(driver.perSeed(detector, Metric.FLOW_ALERTS)).containsOnly(0.0);
  }

  @When("{string} is compared with {string} by pairing their names")
  public void compare(String a, String b) {
    driver.compare(a, b);
  }

  @Then("the comparison has a row for every primary metric of the pair {string}")
  public void rows(String label) {
    assertThat(driver.comparisonRows(label)).hasSize(Metric.PRIMARY.size());
  }
}
