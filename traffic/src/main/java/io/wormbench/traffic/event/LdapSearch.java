package io.wormbench.traffic.event;

import java.util.List;

/**
 * One LDAP search (RFC 4511 section 4.5) with its result, over TCP or CLDAP (UDP 389, the
 * Windows DC locator), as in Zeek's ldap_search.log (base/protocols/ldap/main.zeek,
 * {@code SearchInfo}).
 *
 * @param messageId the LDAPMessage messageID
 * @param scope {@code base}, {@code single} or {@code tree} (Zeek's names)
 * @param derefAliases {@code never}, {@code searching}, {@code finding} or {@code always}
 * @param baseObject the search base DN, empty for the rootDSE
 * @param resultCount the number of SearchResultEntry messages returned
 * @param result Zeek's name of the SearchResultDone code ({@code success},
 *     {@code no such object}), empty without one
 * @param diagnosticMessage the SearchResultDone diagnosticMessage, empty when none
 * @param filter the filter in RFC 4515 text form, e.g. {@code (&(DnsDomain=corp.example)(NtVer=\06\00\00\00))}
 * @param attributes the requested attributes (Zeek logs them only when asked to)
 */
public record LdapSearch(long ts, String uid, ConnId id, int messageId, String scope,
    String derefAliases, String baseObject, long resultCount, String result,
    String diagnosticMessage, String filter, List<String> attributes) implements Event {
  public LdapSearch {
    attributes = List.copyOf(attributes);
  }

  @Override
  public EventKind kind() {
    return EventKind.LDAP_SEARCH;
  }
}
