package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.util.Arrays;

/** Steps about the fan-out engines: the same catalogue on the local pool and on Spark. */
public final class SparkSteps {
  private final SparkBench bench;

  public SparkSteps(SparkBench bench) {
    this.bench = bench;
  }

  @Given("the small catalogue {string} over {int} seeds")
  public void catalogue(String names, int seeds) {
    bench.load(Arrays.asList(names.split(",\\s*")), seeds);
  }

  @When("it is benchmarked on the {string} engine and on Spark {string}")
  public void benchmarked(String local, String master) throws IOException {
    bench.benchmark(local);
    bench.benchmark(master);
  }

  @Then("every summary, metrics file and report is byte-identical")
  public void identical() throws IOException {
    assertThat(bench.differences()).isEmpty();
  }
}
