package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps about third-party alert files: simulate with labels, write a tool's output, score it. */
public final class ThirdPartySteps {
  private final ThirdPartyDriver driver;

  public ThirdPartySteps(ThirdPartyDriver driver) {
    this.driver = driver;
  }

  @Given("the scenario {string} simulated over seeds {int} to {int} with flow labels")
  public void simulated(String scenario, int first, int last) {
    driver.simulate(scenario, first, last);
  }

  @Given("a noisy Suricata EVE file for each seed, alerting on attack flows and on the infected hosts' other flows")
  public void noisyEve() {
    driver.writeNoisyEve();
  }

  @When("the EVE alerts are scored against each seed's truth")
  public void scored() {
    driver.score();
  }

  @Then("host-level alert precision of {string} is {double} in every seed")
  public void alertPrecision(String detector, double value) {
    assertThat(driver.perSeed(detector, "alertPrecision")).allSatisfy(v -> assertThat(v).isEqualTo(value));
  }

  @Then("flow-level recall of {string} is {double} in every seed")
  public void flowRecall(String detector, double value) {
    assertThat(driver.perSeed(detector, "flowRecall")).allSatisfy(v -> assertThat(v).isEqualTo(value));
  }

  @Then("flow-level precision of {string} is below {double} in every seed")
  public void flowPrecision(String detector, double max) {
    assertThat(driver.perSeed(detector, "flowPrecision")).allSatisfy(v -> assertThat(v).isLessThan(max));
  }
}
