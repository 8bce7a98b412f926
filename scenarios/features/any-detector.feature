Feature: Any detector, built-in or third-party, is scored and compared in one vocabulary
  A researcher runs her own tool in the loop beside Wormbench's built-in detectors. The tool
  reads each seed's Zeek conn.log (never the truth) and alerts on every mining connection and
  on every DNS lookup of the hosts that mine, naming each alert's flow by its Community ID,
  which it computes from the 5-tuple as nDPI's wrapper does. Every alert is on an infected
  host, so at host level the DNS alerts look like hits; at flow level only the mining flows
  belong to the attack. She then compares her tool with the built-in detector of the mining
  stage, whose name differs from hers.

  Background:
    Given the scenario "tiny-incident" over seeds 1 to 2 with a tool in the loop alerting on mining and DNS flows by Community ID

  Scenario: The tool is scored at flow level beside the built-ins, which name no flows
    When the run is scored
    Then flow-level precision of the tool "flows" is strictly between 0 and 1 in every seed
    And flow-level recall of the tool "flows" is above 0 in every seed
    And the built-in "mining-protocol" names no flow in any seed

  Scenario: The tool is compared with the built-in detector of its stage under another name
    When the run is scored
    And "flows" is compared with "mining-protocol" by pairing their names
    Then the comparison has a row for every primary metric of the pair "flows = mining-protocol"
