package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.wormbench.evaluation.fidelity.FidelityFiles;
import io.wormbench.evaluation.fidelity.FidelityReport;
import io.wormbench.evaluation.fidelity.FidelityReport.Row;
import io.wormbench.evaluation.fidelity.FidelityTable;
import io.wormbench.evaluation.fidelity.ReferenceRange.Verdict;
import java.util.List;

/** Steps about the fidelity scorecard and the artefact check. */
public final class FidelitySteps {
  private final Workbench bench;
  private final FidelityLab lab;

  public FidelitySteps(Workbench bench, FidelityLab lab) {
    this.bench = bench;
    this.lab = lab;
  }

  @When("its fidelity is measured for seeds {int} to {int}")
  public void measure(int from, int to) {
    lab.measure(bench.scenario(), from, to);
  }

  @When("its fidelity is measured again")
  public void measureAgain() {
    lab.measureAgain(bench.scenario());
  }

  @Then("every statistic lies within its real-traffic reference range")
  public void everyStatisticInRange() {
    List<Row> failed = lab.last().rows().stream()
        .filter(r -> !r.id().startsWith("artefact.") && r.verdict() == Verdict.FAIL).toList();
    assertThat(failed).as("statistics outside their reference range:\n"
        + FidelityTable.render(lab.last())).isEmpty();
  }

  @Then("no connection field alone separates attack from benign")
  public void noSingleFieldArtefact() {
    List<Row> auc = lab.last().rows().stream()
        .filter(r -> r.id().startsWith(FidelityReport.AUC_PREFIX)).toList();
    assertThat(auc).as("artefact rows (does the run have attack connections?)").isNotEmpty();
    assertThat(auc).filteredOn(r -> r.verdict() == Verdict.FAIL)
        .as("fields separating attack from benign:\n" + FidelityTable.render(lab.last()))
        .isEmpty();
    assertThat(auc).filteredOn(r -> r.verdict() == Verdict.PASS).as("judged fields").isNotEmpty();
  }

  @Given("a depth-3 tree on conn.log fields without port and service, trained on {string} seed "
      + "{int}")
  public void train(String scenario, int seed) {
    lab.train(scenario, seed);
  }

  @When("it is tested on {string} seed {int}")
  public void test(String scenario, int seed) {
    lab.test(scenario, seed);
  }

  @Then("its ROC AUC is at most {double}")
  public void treeAuc(double ceiling) {
    assertThat(lab.tree().auc()).as("tree AUC; splits:\n" + String.join("\n",
        lab.tree().splits())).isLessThanOrEqualTo(ceiling);
  }

  @Then("both scorecards are identical, byte for byte")
  public void identical() {
    List<FidelityReport> r = lab.reports();
    assertThat(r).hasSizeGreaterThanOrEqualTo(2);
    assertThat(FidelityFiles.json(r.get(r.size() - 1), "x"))
        .isEqualTo(FidelityFiles.json(r.get(r.size() - 2), "x"));
    assertThat(FidelityFiles.csv(r.get(r.size() - 1)))
        .isEqualTo(FidelityFiles.csv(r.get(r.size() - 2)));
  }
}
