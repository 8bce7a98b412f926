package io.wormbench.traffic.event;

/** The closed set of record kinds; the names are the Zeek log names where Zeek has one. */
public enum EventKind {
  CONN(Connection.class),
  DNS(DnsQuery.class),
  HTTP(HttpTransaction.class),
  TLS(TlsHandshake.class),
  NTLM(NtlmAuth.class),
  SMB_TREE(SmbTreeConnect.class),
  SMB_FILES(SmbFileAccess.class),
  RDP(RdpConnect.class),
  DCE_RPC(DceRpcCall.class),
  STRATUM(StratumMessage.class),
  KERBEROS(KerberosRequest.class),
  LDAP(LdapMessage.class),
  LDAP_SEARCH(LdapSearch.class),
  DHCP(DhcpLease.class),
  NTP(NtpMessage.class),
  SNMP(SnmpExchange.class),
  SSH(SshSession.class);

  private final Class<? extends Event> type;

  EventKind(Class<? extends Event> type) {
    this.type = type;
  }

  /** The record class of this kind. */
  public Class<? extends Event> type() {
    return type;
  }

  /**
   * Lower-case log name: conn, dns, http, tls, ntlm, smb_tree, smb_files, rdp, dce_rpc, stratum,
   * kerberos, ldap, ldap_search, dhcp, ntp, snmp, ssh.
   */
  public String logName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The kind whose {@link #logName()} is {@code name}. */
  public static EventKind ofLogName(String name) {
    for (EventKind k : values()) {
      if (k.logName().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown event kind '" + name + "'");
  }
}
