package io.wormbench.simulator.benign.domain;

import io.wormbench.traffic.time.Micros;

/**
 * Every setting of the Windows-domain background, declared once with its per-role defaults
 * (workstation, member server, domain controller), its kind (which fixes its validation) and
 * its documentation; {@link DomainSpec} binds them under {@code benign.domain.<role>} and the
 * table in scenarios/README.md lists them (DomainSpecTest checks it does). Rates are per host
 * and hour of the host being on; the defaults were set so that a benign enterprise run falls
 * inside the Windows-lab composition of ../shared/realism/REFERENCES.md (OTRF: Kerberos 13.3%,
 * LDAP 19.0%, endpoint mapper plus dynamic RPC 18.7% of connections) and Microsoft's
 * documented timers (group policy every 90 min plus a random offset of up to 30 min, Kerberos
 * tickets valid for 10 h, w32time polling between 2^10 and 2^15 s).
 */
public enum DomainParameter {
  GPO_REFRESH("gpoRefresh", Kind.DURATION, 90 * Micros.MINUTE, 90 * Micros.MINUTE, 0,
      "mean group-policy refresh interval (LDAP search for the GPO list, SMB read of SYSVOL"
          + " gpt.ini, an lsarpc call); 0 disables (DCs read their own SYSVOL)"),
  GPO_JITTER("gpoJitter", Kind.DURATION, 30 * Micros.MINUTE, 30 * Micros.MINUTE,
      30 * Micros.MINUTE, "each refresh comes gpoRefresh +- up to this much later"),
  LEFT_ON("leftOnShare", Kind.SHARE, 0.4, 1, 1,
      "share of hosts whose machine traffic goes on outside working hours (the rest are off"
          + " at night and at weekends and log on again each working day)"),
  LOGON_TYPO("logonTypoShare", Kind.SHARE, 0.06, 0, 0,
      "share of user logons whose first pre-authentication fails (KDC_ERR_PREAUTH_FAILED)"
          + " before the right password"),
  UNKNOWN_PRINCIPAL("unknownPrincipalPerHour", Kind.RATE, 0.05, 0.05, 0,
      "AS requests for a principal the KDC does not know (KDC_ERR_C_PRINCIPAL_UNKNOWN: stale"
          + " accounts in scripts, mistyped user names)"),
  TICKETS("ticketsPerHour", Kind.RATE, 7, 6, 1,
      "service-ticket requests (TGS) for cifs/, ldap/, http/, MSSQLSvc/ and host/ principals,"
          + " besides those SMB logons and logons make"),
  LDAP("ldapPerHour", Kind.RATE, 6, 6, 2,
      "LDAP sessions to a DC (SASL GSS-SPNEGO bind and one to three searches)"),
  CLDAP("cldapPerHour", Kind.RATE, 2, 2, 0,
      "DC locator runs: a DNS SRV query for _ldap._tcp.dc._msdcs.<domain> and a CLDAP ping on"
          + " UDP 389"),
  RPC("rpcPerHour", Kind.RATE, 3.5, 4, 0,
      "endpoint-mapper lookups on 135 each followed by a call on the DC's dynamic port"
          + " (lsarpc, netlogon, samr)"),
  REPLICATION("replicationPerHour", Kind.RATE, 0, 0, 4,
      "directory replication (drsuapi DRSGetNCChanges) to every other DC"),
  PRINT("printPerHour", Kind.RATE, 0.3, 0, 0,
      "print jobs: spoolss to the print server (the first file server), peak rate thinned by"
          + " the office rhythm"),
  PIPES("pipesPerHour", Kind.RATE, 0.6, 0.4, 0,
      "named-pipe sessions over IPC$ (srvsvc NetrShareEnum to a file server, wkssvc"
          + " NetrWkstaGetInfo to a DC)"),
  NTP_POLL("ntpPoll", Kind.DURATION, 32 * Micros.MINUTE, 32 * Micros.MINUTE,
      64 * Micros.MINUTE, "mean w32time poll interval (members ask a DC, DCs an external"
          + " source); 0 disables"),
  NAME_FAILURES("nameFailuresPerHour", Kind.RATE, 1, 0.5, 0.5,
      "single-label names (wpad, retired hosts) that DNS answers NXDOMAIN, each followed by"
          + " LLMNR, mDNS and NetBIOS name-service queries that nobody answers"),
  NXDOMAIN("nxdomainPerHour", Kind.RATE, 1.5, 1, 0.5,
      "fully qualified names answered NXDOMAIN (typos, dead names, search-suffix misses)"),
  PTR("ptrPerHour", Kind.RATE, 0.8, 2, 2, "reverse (PTR) lookups of internal addresses"),
  BROWSER("browserPerHour", Kind.RATE, 0.5, 0.3, 0.3,
      "NetBIOS datagram (UDP 138) browser announcements to the subnet broadcast"),
  SSDP("ssdpPerHour", Kind.RATE, 1, 0, 0,
      "SSDP M-SEARCH multicasts to 239.255.255.250:1900 (SSDP Discovery service)"),
  DHCP_LEASE("dhcpLease", Kind.DURATION, Micros.DAY, 0, 0,
      "DHCP lease; the client renews at half of it and asks again at each start; 0 means a"
          + " static address"),
  ECHO("echoPerHour", Kind.RATE, 0.3, 0.3, 0, "ICMP echo requests to a DC (reachability checks)"),
  UNREACHABLE("unreachablePerHour", Kind.RATE, 0.1, 0.1, 0,
      "unicast NetBIOS name queries to a workstation that runs no NetBIOS and answers ICMP"
          + " port unreachable"),
  AAAA("aaaaPerHour", Kind.RATE, 12, 2, 0,
      "AAAA queries for the names the host uses (popular sites, intranet servers), answered"
          + " with no address on this IPv4 network or lost; a workstation's is a peak rate"
          + " thinned by the office rhythm, as its lookups are"),
  DNS_LOSS("dnsLossShare", Kind.SHARE, 0.04, 0.04, 0.04,
      "share of queries to the resolver that get no reply"),
  SMB_KERBEROS("smbKerberosShare", Kind.SHARE, 0.9, 0.9, 0.9,
      "share of successful domain-account SMB logons authenticated by Kerberos (a cifs/"
          + " ticket); the rest, and every failed or local-account logon, is NTLM");

  /** How a parameter is written and validated. */
  public enum Kind {
    /** Per hour, in [0, 3600]. */
    RATE,
    /** A share in [0, 1]. */
    SHARE,
    /** A duration such as {@code 90m}, at most 30 days. */
    DURATION
  }

  private final String field;
  private final Kind kind;
  private final double[] defaults;
  private final String doc;

  DomainParameter(String field, Kind kind, double workstation, double server, double dc,
      String doc) {
    this.field = field;
    this.kind = kind;
    this.defaults = new double[] {workstation, server, dc};
    this.doc = doc;
  }

  public String field() {
    return field;
  }

  public Kind kind() {
    return kind;
  }

  /** The default for {@code role}; durations in microseconds. */
  public double defaultFor(DomainRole role) {
    return defaults[role.ordinal()];
  }

  public String doc() {
    return doc;
  }
}
