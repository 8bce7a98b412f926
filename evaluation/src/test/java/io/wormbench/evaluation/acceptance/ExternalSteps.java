package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Steps about third-party detectors run as processes beside the built-ins. */
public final class ExternalSteps {
  private final ExternalBench bench;

  public ExternalSteps(ExternalBench bench) {
    this.bench = bench;
  }

  @Given("the seed incident over {int} seeds")
  public void seedIncident(int seeds) {
    bench.load("seed-incident", seeds);
  }

  @When("an IsolationForest over conn logs is benchmarked beside the built-in detectors")
  public void iforestBenchmarked() {
    bench.addExternal("  - name: iforest\n    external:\n      command: \"/usr/bin/python3 "
        + ExternalBench.repo("detectors/examples/iforest.py")
        + " {input} {out} {learningEnd} {seed}\"\n      input: zeek\n");
    bench.benchmark();
  }

  @Then("{string} appears in the results beside {string} with 95% intervals over {int} seeds")
  public void appears(String external, String builtIn, int seeds) throws IOException {
    String text = bench.metricsJson();
    JsonNode primary = JsonMapper.builder().build()
        .readTree(text.substring(text.indexOf('{'))).get("primary");
    for (String d : new String[] {external, builtIn}) {
      JsonNode recall = primary.get(d).get("hostRecall");
      assertThat(recall.get("n").asInt()).as(d).isEqualTo(seeds);
      assertThat(recall.get("ci95Low").asDouble()).as(d)
          .isLessThanOrEqualTo(recall.get("mean").asDouble())
          .isLessThanOrEqualTo(recall.get("ci95High").asDouble());
    }
  }

  @Then("no file handed to {string} holds ground truth")
  public void noTruth(String external) throws IOException {
    assertThat(bench.handedFiles()).isNotEmpty().allSatisfy(p -> {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      assertThat(name).doesNotContain("truth").doesNotContain("label");
      if (name.endsWith(".log")) {
        assertThat(Files.readString(p)).doesNotContain("T1110").doesNotContain("seed-worm");
      }
    });
  }
}
