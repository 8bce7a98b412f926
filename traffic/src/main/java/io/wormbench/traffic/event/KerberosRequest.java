package io.wormbench.traffic.event;

/**
 * One Kerberos KDC exchange (RFC 4120 section 3.1 AS, 3.3 TGS): a request and the KDC's reply
 * or KRB-ERROR, as in Zeek's kerberos.log (base/protocols/krb/main.zeek). Zeek's default
 * {@code KRB::ignored_errors} drops the NEEDED_PREAUTH replies from its log; Wormbench keeps
 * them as records with {@code errorMsg} KDC_ERR_PREAUTH_REQUIRED, since that reply is the
 * normal first answer to a Windows logon and a detector may count it.
 *
 * @param requestType {@code AS} or {@code TGS}
 * @param client the client principal as Zeek writes it, {@code name/REALM}
 * @param service the service principal ({@code krbtgt/CORP.EXAMPLE}, {@code cifs/fs01})
 * @param success true when the KDC issued a ticket (false also when no reply was seen)
 * @param errorMsg the KRB-ERROR name (KDC_ERR_PREAUTH_REQUIRED, KDC_ERR_PREAUTH_FAILED,
 *     KDC_ERR_C_PRINCIPAL_UNKNOWN, ...), empty on success
 * @param from the requested ticket start time, 0 when absent
 * @param till the requested ticket end time, 0 when absent
 * @param cipher the ticket's encryption type ({@code aes256-cts-hmac-sha1-96}, {@code rc4-hmac}),
 *     empty without a ticket
 * @param forwardable the FORWARDABLE KDC option was requested
 * @param renewable the RENEWABLE KDC option was requested
 */
public record KerberosRequest(long ts, String uid, ConnId id, String requestType, String client,
    String service, boolean success, String errorMsg, long from, long till, String cipher,
    boolean forwardable, boolean renewable) implements Event {
  @Override
  public EventKind kind() {
    return EventKind.KERBEROS;
  }
}
