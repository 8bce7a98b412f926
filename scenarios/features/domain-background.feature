Feature: A Windows domain talks to its domain controllers all day
  In a real Active Directory network most connections are the domain's own: Kerberos tickets,
  LDAP searches and DC-locator pings, endpoint-mapper lookups and RPC, group-policy refreshes
  that read SYSVOL every 90 +- 30 minutes, NTP, and name resolution that fails over to LLMNR,
  mDNS and NetBIOS broadcasts (the OTRF Windows lab of ../shared/realism/REFERENCES.md: Kerberos
  13.3%, LDAP 19.0%, endpoint mapper plus dynamic RPC 18.7% of connections; 84.3% of connections
  and 53.1% of SMB connections touch a DC). A detector trained on a world without that chatter
  learns a network that does not exist. The background's rates are per-role scenario defaults
  (scenarios/README.md, benign.domain); this feature holds them to issue 11's target ranges on
  an enterprise network with no attack, for several seeds, each seed on its own.

  Background:
    Given the scenario "benign-only"
    And its parameter "duration" is set to "2d"

  Scenario Outline: The domain's share of the traffic lies in the Windows-lab range
    When its fidelity is measured for seeds 1 to 3
    Then the statistic "<statistic>" lies within its reference range on every seed

    Examples: authentication, directory and RPC
      | statistic      |
      | share.kerberos |
      | share.ldap     |
      | share.rpc      |

    Examples: the domain controllers' part
      | statistic     |
      | dc.conn_share |
      | dc.smb_share  |

    Examples: name resolution as a Windows resolver sees it
      | statistic      |
      | dns.nxdomain   |
      | dns.unanswered |
      | dns.qtype.aaaa |
      | dns.qtype.srv  |
      | dns.qtype.ptr  |
      | udp.unanswered |

  Scenario: Every Windows host chatters on the local name services
    When its fidelity is measured for seeds 1 to 3
    Then the statistic "windows.netbios_hosts" lies within its reference range on every seed
    And the statistic "windows.llmnr_hosts" lies within its reference range on every seed
    And the statistic "windows.mdns_hosts" lies within its reference range on every seed
