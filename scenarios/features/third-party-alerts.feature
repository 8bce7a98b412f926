Feature: A third-party IDS's own alert file is scored at host and at flow level
  A researcher simulates the seed incident over two seeds with flow labels, runs a network IDS
  on each seed's traffic and scores its native Suricata EVE output without converting it. No
  Suricata runs in the test suite, so the stand-in IDS is a noisy one written from each seed's
  labels.csv: it alerts on every flow of the attack's steps, and on every other flow of the
  infected hosts after their infection (unrelated traffic, like nDPI's port-8080 risks on an
  infected host). At host level every such alert is a hit, because its host is compromised;
  at flow level only the alerts on attack flows are.

  Background:
    Given the scenario "tiny-pcap" simulated over seeds 1 to 2 with flow labels
    And a noisy Suricata EVE file for each seed, alerting on attack flows and on the infected hosts' other flows

  Scenario: Flow-level precision separates attack flows from unrelated traffic of infected hosts
    When the EVE alerts are scored against each seed's truth
    Then host-level alert precision of "suricata" is 1 in every seed
    And flow-level recall of "suricata" is 1 in every seed
    And flow-level precision of "suricata" is below 0.9 in every seed
