Feature: A researcher's own detector is benchmarked beside the built-ins, blind to the truth
  Most detectors researchers evaluate are not written in Java. Wormbench runs such a tool as a
  process on each seed's traffic (here the IsolationForest example of detectors/examples/ over
  each seed's Zeek conn.log, trained on the learning day only), reads its alerts and scores
  them with the same rules as the built-in detectors, over the same seeds, with 95% intervals.
  The tool is handed traffic only: the folder it reads holds no ground truth and no labels.

  Scenario: An IsolationForest over conn logs in the benchmark
    Given the seed incident over 2 seeds
    When an IsolationForest over conn logs is benchmarked beside the built-in detectors
    Then "iforest" appears in the results beside "smb-brute-force" with 95% intervals over 2 seeds
    And no file handed to "iforest" holds ground truth
