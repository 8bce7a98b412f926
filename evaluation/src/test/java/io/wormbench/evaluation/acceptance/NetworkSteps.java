package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps about the scenario and its simulated network. */
public final class NetworkSteps {
  private final Workbench bench;

  public NetworkSteps(Workbench bench) {
    this.bench = bench;
  }

  @Given("the scenario {string}")
  public void theScenario(String name) {
    bench.load(name);
  }

  @Given("its parameter {string} is set to {string}")
  public void parameter(String path, String value) {
    bench.set(path, value);
  }

  @When("it is run with seeds {int} to {int}")
  public void runWithSeeds(int from, int to) {
    bench.run(from, to);
  }

  @Then("every seed's network has at least {int} hosts")
  public void networkSize(int hosts) {
    bench.truths().forEach(t -> assertThat(t.hosts()).hasSizeGreaterThanOrEqualTo(hosts));
  }

  @Then("the benign traffic contains at least {int} {string} look-alikes")
  public void lookalikes(int count, String kind) {
    assertThat(bench.lookalikes(kind)).as(kind + " look-alikes over all seeds")
        .isGreaterThanOrEqualTo(count);
  }
}
