package io.wormbench.traffic.event;

/**
 * An NTLM authentication inside SMB or another protocol, as in Zeek's ntlm.log: the user and
 * domain from the NTLMSSP AUTHENTICATE message, and whether the server accepted it
 * (SESSION_SETUP status, STATUS_LOGON_FAILURE 0xC000006D when not).
 */
public record NtlmAuth(long ts, String uid, ConnId id, String domain, String user,
    String hostname, boolean success) implements Event {
  @Override
  public EventKind kind() {
    return EventKind.NTLM;
  }
}
