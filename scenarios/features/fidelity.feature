Feature: The benign world is as realistic as real traffic
  Every figure Wormbench publishes is only as credible as the benign traffic it is measured on
  (McHugh 2000; Arp et al. 2022). The fidelity scorecard (`wormbench fidelity`,
  evaluation/FIDELITY.md) holds a simulated network against ranges measured on public real
  traffic (../shared/realism/REFERENCES.md: a Windows AD lab, a competition network, an IoT
  device, LANL flow counts, Pang et al. 2005), and checks that no single conn.log field, and no
  shallow tree over them, tells attack from benign connections. The targets are issue 11's, set
  from those references before the realistic world was built, not tuned to its output.

  Scenarios tagged @realistic-world hold the simulator to issue 11's "Done when"; they fail on
  the sparse world of today (its figures are in the issue) and are left out of the suite until
  the realistic world lands (see AcceptanceTest).

  @realistic-world
  Scenario: The enterprise network for a week falls in every real-traffic range
    Given the scenario "benign-only"
    When its fidelity is measured for seeds 1 to 3
    Then every statistic lies within its real-traffic reference range

  @realistic-world
  Scenario: The seed incident leaves the benign world realistic and the attack unmarked
    Given the scenario "seed-incident"
    When its fidelity is measured for seeds 1 to 3
    Then every statistic lies within its real-traffic reference range
    And no connection field alone separates attack from benign

  @realistic-world
  Scenario: The low-and-slow worm leaves no single-field artefact either
    Given the scenario "low-and-slow"
    When its fidelity is measured for seeds 1 to 3
    Then no connection field alone separates attack from benign

  @realistic-world
  Scenario: A shallow tree learns no artefact that carries over to another scenario
    Given a depth-3 tree on conn.log fields without port and service, trained on "seed-incident" seed 1
    When it is tested on "low-and-slow" seed 2
    Then its ROC AUC is at most 0.90

  Scenario: The scorecard is a pure function of scenario and seed
    Given the scenario "noisy-worm"
    When its fidelity is measured for seeds 1 to 1
    And its fidelity is measured again
    Then both scorecards are identical, byte for byte
