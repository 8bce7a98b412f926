Feature: Unusual RDP chains are flagged; administrators' jump-host hops are not
  Patient zero opens RDP sessions along a chain of hosts that never talked RDP before;
  administrators enter the jump host from their workstations and hop on to their servers every
  day. The detector learns the jump host as an entry pivot from a single admin chain in the
  learning day and discounts paths through it, so admin hops stay below the 0.5 operating
  point. A worm hop that lands on the jump host itself is discounted too: a documented blind
  spot (detectors/README.md), so the bar is most hops, not all. Measured when this was
  written: seeds 1-3 catch every RDP_CHAIN step and raise no admin false alarm at 0.5.

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario: The worm's RDP chain is caught, the admins' hops are not
    Then the benign traffic contains at least 10 "admin-rdp-chain" look-alikes
    And "unusual-rdp-chain" catches at least 0.75 of the RDP_CHAIN steps
    And "unusual-rdp-chain" raises no false alarm attributed to "admin-rdp-chain"
