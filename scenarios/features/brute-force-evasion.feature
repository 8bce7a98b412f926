Feature: The evasion curve of SMB brute-force detection
  A worm can slow its brute force down to stay under a detector's thresholds. This protocol
  runs the seed worm on the small office at the seed incident's rate and at a low-and-slow
  rate, over three seeds each, and states what smb-brute-force must still achieve. Measured
  before setting the thresholds (seeds 1-3): every brute-force step caught at both rates;
  per-seed median time-to-detect 38 min at 30 attempts/min, 45 min at 1 attempt/min.
  `wormbench run` with a `sweep:` section draws the full curve.

  Scenario Outline: A <speed> brute force is still caught within the hour
    Given the scenario "seed-incident"
    And its parameter "network.profile" is set to "small-office"
    And its parameter "attacks[0].bruteForce.attemptsPerMinute" is set to "<rate>"
    When it is run with seeds 1 to 3
    Then "smb-brute-force" catches at least 0.9 of the BRUTE_FORCE steps
    And the median time-to-detect of "smb-brute-force" is under 60 minutes in every seed

    Examples: As noisy as the seed incident
      | speed | rate |
      | noisy | 30   |

    Examples: Low and slow
      | speed        | rate |
      | low-and-slow | 1    |
