Feature: Damaged and hostile input gets one clear error, never a crash, a hang or silent acceptance
  Researchers point Wormbench at captures and logs from their own networks and from public
  datasets, some damaged, some hostile, and at truth files and scenarios they edited by hand.
  Every reader either reads the input or stops within seconds with exit status 2 and exactly one
  line naming the file, the place (line or byte offset, or the element of a JSON document) and
  the field; a run killed half-way never leaves a report that mixes two runs.

  Scenario Outline: A damaged capture or log is refused by detect with one line
    Given a damaged input: <damage>
    When a researcher runs detect on it
    Then exactly one line names the file "<file>", the place "<place>" and the field "<field>", and the exit code is 2

    Examples: captures
      | damage                                                | file           | place            | field          |
      | a pcapng interface whose if_tsresol is 10^-70         | capture.pcapng | byte \d+         | if_tsresol     |

    Examples: Zeek logs and JSON lines
      | damage                                                | file           | place            | field          |
      | a Zeek conn.log row whose ts is 1e100000000           | conn.log       | line 9           | field 'ts'     |
      | a Zeek conn.log row whose ts is in the year +999999   | conn.log       | line 9           | field 'ts'     |
      | a Zeek conn.log row whose ts is before 1970           | conn.log       | line 9           | field 'ts'     |
      | a Zeek JSON conn.log row whose ts is 1e999999999      | conn.log       | line 2           | field 'ts'     |
      | a JSON-lines event with a duplicate key               | events.jsonl   | line 2           | field 'uid'    |
      | a JSON-lines event with a newline in a field name     | events.jsonl   | line 1           | field 'a\\nb'  |

  Scenario Outline: A damaged scenario is refused by run before anything is simulated
    Given a damaged scenario: <damage>
    When a researcher runs the scenario
    Then exactly one line names the file "scenario.yaml", the place "<place>" and the field "<field>", and the exit code is 2

    Examples: scenarios
      | damage                            | place      | field                 |
      | an empty file                     | empty file |                       |
      | a YAML alias                      | line 3     | description           |
      | an attack starting in 1e20 days   | line \d+   | attacks[0].start      |
      | two billion admins                | line \d+   | network.users.admins  |

  Scenario: A run killed with kill -9 while writing leaves the previous complete report
    Given a complete run of the scenario "kill-run" with seed 1 in a run folder
    When a second run with seed 2 into the same folder is killed with SIGKILL as it writes metrics.json
    Then report and compare read the run of seed 1, unchanged
