package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.wormbench.evaluation.fidelity.FidelityReport.Row;
import io.wormbench.evaluation.fidelity.ReferenceRange.Verdict;

/** Steps about single statistics of the fidelity scorecard, seed by seed. */
public final class DomainSteps {
  private final FidelityLab lab;

  public DomainSteps(FidelityLab lab) {
    this.lab = lab;
  }

  @Then("the statistic {string} lies within its reference range on every seed")
  public void statisticInRange(String id) {
    Row row = lab.last().rows().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no statistic " + id));
    assertThat(row.range().gated()).as(id + " has a reference range").isTrue();
    for (double v : row.values()) {
      assertThat(row.range().judge(v)).as(id + " = " + v + " per seed " + row.values())
          .isEqualTo(Verdict.PASS);
    }
  }
}
