package io.wormbench.traffic.event;

/**
 * One network observation, following Zeek's data model: a {@link Connection} record (conn.log)
 * and protocol records linked to it by {@link #uid()}. Every record carries its connection's
 * {@link ConnId} so detectors need no join. Timestamps are microseconds since the epoch.
 *
 * <p>Absent string fields are the empty string, never {@code null} (Zeek writes {@code -}).
 * The same records come from the simulator and from decoded pcaps or Zeek logs, so a detector
 * cannot tell, and must not care, which it is fed.
 */
public sealed interface Event
    permits Connection, DnsQuery, HttpTransaction, TlsHandshake, NtlmAuth, SmbTreeConnect,
        SmbFileAccess, RdpConnect, DceRpcCall, StratumMessage, KerberosRequest, LdapMessage,
        LdapSearch, DhcpLease, NtpMessage, SnmpExchange, SshSession {

  /** Time of the observation, microseconds since the epoch. */
  long ts();

  /** Zeek-style connection uid shared by a connection and its protocol records. */
  String uid();

  /** The connection's addresses and ports. */
  ConnId id();

  /** The record's kind, as its log is named (conn, dns, http, ...). */
  EventKind kind();
}
