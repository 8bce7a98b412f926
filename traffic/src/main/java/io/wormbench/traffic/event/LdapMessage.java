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
 *     {@code bind sicily_negotiate}, {@code unbind}, {@code extended}, {@code modify}, ...
 * @param result the result code name ({@code success}, {@code invalidCredentials}), empty
 *     without a response
 * @param diagnosticMessage the response's diagnosticMessage, empty when none
 * @param object the operation's object (the bind name, the entry DN)
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
