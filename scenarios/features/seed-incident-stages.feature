Feature: The simulator produces the seed incident stage by stage
  The ground truth of the seed incident must hold each of the six stages of the original
  incident, each tagged with its MITRE ATT&CK technique, every step naming the events it
  produced, and nothing malicious before the benign learning period ends. The worm reacts to
  the network: when its brute force finds no weak password (seed 2), it spreads over RDP only
  and no lateral tool transfer happens, so stages are required over the seeds, not in each.

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario Outline: Stage <stage> appears with its ATT&CK technique
    Then the runs contain a <stage> step tagged with ATT&CK technique <technique>

    Examples: The six stages of the seed incident and their techniques
      | stage            | technique |
      | INITIAL_DOWNLOAD | T1105     |
      | RDP_CHAIN        | T1021.001 |
      | EXTERNAL_SCAN    | T1046     |
      | BRUTE_FORCE      | T1110.003 |
      | LATERAL_TRANSFER | T1021.002 |
      | LATERAL_TRANSFER | T1570     |
      | LATERAL_TRANSFER | T1569.002 |
      | MINING           | T1496     |

  Scenario: The stages every infection needs appear in every seed
    Then every seed has a INITIAL_DOWNLOAD step tagged with ATT&CK technique T1105
    And every seed has a EXTERNAL_SCAN step tagged with ATT&CK technique T1046
    And every seed has a BRUTE_FORCE step tagged with ATT&CK technique T1110.003
    And every seed has a MINING step tagged with ATT&CK technique T1496

  Scenario: The worm spreads, traceably, after the learning period
    Then every seed infects at least 2 hosts
    And every attack step names its events
    And no attack step starts during the learning period
