package io.wormbench.traffic.event;

/**
 * One LDAP operation other than a search (RFC 4511 section 4: bind, unbind, modify, add,
 * delete, extended...), request and response merged by message id, as in Zeek's ldap.log
 * (base/protocols/ldap/main.zeek, {@code MessageInfo}). Searches are {@link LdapSearch}
 * records, because Zeek logs them only in ldap_search.log with their own fields; one record
 * per Zeek log keeps every codec a one-to-one image of Zeek's files.
 *
 * @param messageId the LDAPMessage messageID
 * @param version the protocol version of a bind (3), 0 for other operations (Zeek: unset)
 * @param opcode Zeek's normalised operation: {@code bind simple}, {@code bind SASL},
 *     {@code unbind}, {@code extended}, {@code modify}, {@code add}, {@code delete}, ...
 * @param result Zeek's result name ({@code success}, {@code invalid credentials}), empty
 *     without a response
 * @param diagnosticMessage the response's diagnosticMessage, empty when none
 * @param object the operation's object (the bind name, the entry DN; an extended operation's
 *     OID followed by Zeek's name for it, {@code 1.3.6.1.4.1.1466.20037 (StartTLS)})
 * @param argument the operation's argument (a SASL mechanism; simple bind passwords are
 *     {@code REDACTED} as Zeek writes them)
 */
public record LdapMessage(long ts, String uid, ConnId id, int messageId, int version,
    String opcode, String result, String diagnosticMessage, String object, String argument)
    implements Event {
  @Override
  public EventKind kind() {
    return EventKind.LDAP;
  }
}
