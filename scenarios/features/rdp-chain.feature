Feature: Unusual RDP chains are flagged; admins' jump-host hops are a known source of noise
  Patient zero opens RDP sessions along a chain of hosts that never talked RDP before;
  administrators hop through the jump host every day. The detector must catch the worm's
  chains; its false alarms on admin hops are a documented blind spot, bounded here.

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario: The worm's RDP chain is caught, admin noise stays bounded
    Then "unusual-rdp-chain" catches at least 0.9 of the RDP_CHAIN steps
    And "unusual-rdp-chain" raises at most 10.0 false alarms per day on average
