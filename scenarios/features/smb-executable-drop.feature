Feature: Executables dropped on admin shares by the worm are flagged, a software deployment is not
  After a successful brute force the worm copies itself to ADMIN$ under a random four-letter
  name and starts it through the service control manager. The deployment server does the same
  with a named installer to a third of the workstations, twice a week. Only the first is an
  attack; the detector scores names by randomness and fan-out and recognises a deployment
  pattern (detectors/README.md).

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario: The worm's lateral transfers are caught, the deployment wave is not
    Then the benign traffic contains at least 30 "software-deployment" look-alikes
    And "smb-executable-drop" catches at least 0.6 of the LATERAL_TRANSFER steps
    And "smb-executable-drop" raises no false alarm attributed to "software-deployment"
    And "smb-executable-drop" raises at most 0.0 false alarms per day on average
