package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;

/** Steps about damaged and hostile input and killed runs (hostile-input.feature). */
public final class HostileInputSteps {
  private final HostileInputDriver driver;
  private HostileInputDriver.Result result;
  private boolean killed;

  public HostileInputSteps(HostileInputDriver driver) {
    this.driver = driver;
  }

  @Given("a damaged input: {}")
  public void damaged(String damage) {
    driver.damaged(damage);
  }

  @Given("a damaged scenario: {}")
  public void damagedScenario(String damage) {
    driver.damagedScenario(damage);
  }

  @When("a researcher runs detect on it")
  public void detect() {
    result = driver.detect();
  }

  @When("a researcher runs the scenario")
  public void run() {
    result = driver.runScenario();
  }

  @Then("exactly one line names the file {string}, the place {string} and the field {string}, and the exit code is {int}")
  public void oneLine(String file, String place, String field, int code) {
    assertThat(result.code()).as(result.err()).isEqualTo(code);
    String line = result.err().strip();
    assertThat(line.lines()).as(result.err()).hasSize(1);
    assertThat(line).doesNotContain("internal error").doesNotContain("Exception")
        .contains(file).containsPattern(place).contains(field);
  }

  @Given("a complete run of the scenario {string} with seed {int} in a run folder")
  public void completeRun(String scenario, int seed) {
    driver.completeRun(scenario, seed);
  }

  @When("a second run with seed {int} into the same folder is killed with SIGKILL as it writes metrics.json")
  public void killed(int seed) {
    killed = driver.killedRun("kill-run", seed);
  }

  @Then("report and compare read the run of seed {int}, unchanged")
  public void intact(int seed) throws IOException {
    assertThat(killed).as("the second run was killed before it ended").isTrue();
    assertThat(driver.previousRunIntact()).isTrue();
  }
}
