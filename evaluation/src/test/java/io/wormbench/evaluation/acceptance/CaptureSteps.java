package io.wormbench.evaluation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.wormbench.traffic.event.ConnState;

/** Steps about reading captures: memory held by the pcap reader on long sessions. */
public final class CaptureSteps {
  private final CaptureLab lab;

  public CaptureSteps(CaptureLab lab) {
    this.lab = lab;
  }

  @Given("a {int}-hour capture with one TCP session open throughout among {int} one-packet flows")
  public void capture(int hours, int flows) {
    lab.capture(hours, flows);
  }

  @When("the capture is read into events")
  public void read() {
    lab.read();
  }

  @Then("the reader holds at most the records of one flow hold at once")
  public void bounded() {
    assertThat((long) lab.peakQueued).isLessThanOrEqualTo(lab.holdBound())
        .isLessThan(lab.shortFlows() / 5);
    assertThat(lab.outOfOrder).isZero();
  }

  @Then("every connection is reported once and the session's final figures arrive as an update")
  public void reportedOnce() {
    assertThat(lab.connections).isEqualTo(lab.shortFlows() + 1L);
    assertThat(lab.update.uid()).isEqualTo(lab.interim.uid());
    assertThat(lab.update.state()).isEqualTo(ConnState.SF);
    assertThat(lab.update.duration()).isEqualTo(lab.span() + 1000);
  }
}
