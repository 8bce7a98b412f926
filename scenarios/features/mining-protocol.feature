Feature: Crypto mining over Stratum/MinerGate is flagged, IoT telemetry is not
  Newly infected hosts mine Monero over the XMRig/MinerGate JSON-RPC dialect; IoT devices
  beacon to their cloud on a schedule, which is regular but is not mining.

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario: Mining sessions are caught, beacons are not
    Then the benign traffic contains at least 30 "iot-beacon" look-alikes
    And "mining-protocol" catches at least 0.9 of the MINING steps
    And "mining-protocol" raises no false alarm attributed to "iot-beacon"
    And host-level precision of "mining-protocol" is at least 0.9 in every seed
