Feature: SMB brute force from a worm is flagged, a user's typo is not
  The worm tries many user names against many hosts' SMB logons; users mistype their
  password once or twice and then succeed, and a service account with an expired password
  retries on a schedule. Only the first is an attack.

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario: The worm's brute force is caught, the typos are not
    Then the benign traffic contains at least 30 "password-typo" look-alikes
    And "smb-brute-force" catches at least 0.9 of the BRUTE_FORCE steps
    And "smb-brute-force" raises no false alarm attributed to "password-typo"
    And "smb-brute-force" raises no false alarm attributed to "expired-service-account"
    And host-level precision of "smb-brute-force" is at least 0.9 in every seed
