Feature: Captures from real networks are read with memory bounded by live state
  Researchers point `wormbench detect` at captures of their own networks, where a mining pool
  session, an RDP session or a VPN tunnel stays open for hours. The pcap reader releases
  records in time order; a session open for longer than the flow hold (10 minutes) is
  reported by an interim conn record and its final figures follow as an update with the same
  uid, so the records held at once depend on the hold and the traffic rate, not on the length
  of the capture or of its longest session.

  Scenario Outline: A long session among many short flows
    Given a <hours>-hour capture with one TCP session open throughout among <flows> one-packet flows
    When the capture is read into events
    Then the reader holds at most the records of one flow hold at once
    And every connection is reported once and the session's final figures arrive as an update

    Examples: capture lengths
      | hours | flows  |
      | 2     | 200000 |
      | 4     | 400000 |
