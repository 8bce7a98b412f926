Feature: An executable from a rare site is flagged, software updates are not
  Patient zero downloads the worm over plain HTTP from a site nobody in the organisation has
  visited; hundreds of hosts download updates from popular vendor endpoints every day.

  Background:
    Given the scenario "seed-incident"
    When it is run with seeds 1 to 3

  Scenario: The initial download is caught, updates are not
    Then the benign traffic contains at least 100 "software-update" look-alikes
    And "rare-endpoint-download" catches at least 0.9 of the INITIAL_DOWNLOAD steps
    And "rare-endpoint-download" raises no false alarm attributed to "software-update"
