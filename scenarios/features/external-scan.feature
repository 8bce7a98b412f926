Feature: Scanning the internet on SMB and RPC is flagged, a rare legitimate session is tolerated
  Infected hosts probe random internet addresses on 445 and 135; now and then a user has a
  legitimate SMB session to an external partner. The first must be caught; the second may
  cost an occasional false alarm, and the feature says how many are acceptable.

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario: External scans are caught with few false alarms
    Then "external-smb-rpc" catches at least 0.9 of the EXTERNAL_SCAN steps
    And "external-smb-rpc" raises at most 1.0 false alarms per day on average
