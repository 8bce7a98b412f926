package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.engine.WireBudget;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.codec.pcap.write.LdapWire;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import io.wormbench.traffic.event.Transport;
import java.util.List;

/**
 * LDAP to domain controllers (RFC 4511): TCP sessions with a SASL GSS-SPNEGO bind (the
 * Kerberos ldap/ ticket) and searches such as Windows group-policy processing and address-book
 * lookups make, and the CLDAP "LDAP ping" of the DC locator over UDP 389 ([MS-ADTS] 6.3.3:
 * a rootDSE search for the Netlogon attribute with DnsDomain, Host and NtVer in the filter).
 * UDP sizes are exactly what the pcap writer renders; TCP sizes are at least that.
 */
final class Directory {
  /** The GUID of the Default Domain Policy, present in every Active Directory domain. */
  static final String DEFAULT_POLICY = "{31B2F340-016D-11D2-945F-00C04FB984F9}";
  private static final String[] FILTERS = {
      "(&(objectCategory=person)(objectClass=user)(sAMAccountName=%s))",
      "(&(objectClass=group)(member=CN=%s,CN=Users,%b))",
      "(objectClass=*)",
      "(&(objectCategory=computer)(dNSHostName=%h))",
      "(&(objectClass=groupPolicyContainer)(cn=" + DEFAULT_POLICY + "))"};

  private Directory() {}

  /** The domain's base DN, {@code DC=corp,DC=internal}. */
  static String baseDn(DomainContext d) {
    return "DC=" + d.dnsDomain().replace(".", ",DC=");
  }

  /**
   * One LDAP session from {@code client} to {@code dc}: bind, {@code searches} searches (the
   * first for the group-policy list when {@code gpo}), closed as Windows closes them.
   */
  static String session(World w, DomainContext d, Host client, Host dc, long ts, String name,
      int searches, boolean gpo) {
    if (w.blocked(client.address(), dc.address(), ts)) {
      return "";
    }
    String uid = w.uid();
    int h = d.bits(client);
    ConnId id = new ConnId(client.address(), client.ephemeralPort(), dc.address(), 389);
    String base = baseDn(d);
    long t = ts + 1_000;
    WireBudget need = new WireBudget();
    LdapMessage bind = new LdapMessage(t, uid, id, 1, 3, "bind SASL", "success", "", "",
        "GSS-SPNEGO");
    // the SPNEGO token with the Kerberos AP-REQ is most of a bind's bytes
    need.orig(LdapWire.request(bind).length).resp(LdapWire.response(bind).length);
    // the SPNEGO token's AP-REQ and the entries' attributes are most of the real bytes
    long wantOrig = 1_550 + (h & 0xff);
    long wantResp = 180;
    LdapSearch[] s = new LdapSearch[searches];
    for (int i = 0; i < searches; i++) {
      String filter = FILTERS[gpo && i == 0 ? 4 : ((h >>> (4 * i)) & 0xf) % 4]
          .replace("%s", name).replace("%b", base).replace("%h", client.dnsName());
      boolean root = filter.equals("(objectClass=*)");
      long count = root ? 1 : 1 + ((h >>> (3 * i + 2)) & 3);
      s[i] = new LdapSearch(t + 2_000 * (i + 1), uid, id, i + 2, root ? "base" : "tree",
          "never", root ? "" : base, count, "success", "", filter,
          root ? List.of("defaultNamingContext", "dnsHostName") : List.of("distinguishedName",
              "cn", "objectClass"));
      need.orig(LdapWire.searchRequest(s[i]).length);
      wantOrig += 120;
      for (int e = 0; e < count; e++) {
        need.resp(LdapWire.searchEntry(s[i], e).length);
        wantResp += 400 + ((h >>> (2 * e)) & 0x1ff);
      }
      wantResp += 30;
      need.resp(LdapWire.searchDone(s[i]).length);
    }
    long dur = 3_000 * (searches + 1) + ((h >>> 16) & 0x3fff);
    w.emit(need.connection(ts, uid, id, "ldap", dur, wantOrig, wantResp, 0, 0, Kdc.close(h)));
    w.emit(bind);
    for (LdapSearch x : s) {
      w.emit(x);
    }
    return uid;
  }

  /** A CLDAP ping: one datagram each way (the request, then entry and done). */
  static String cldap(World w, DomainContext d, Host client, Host dc, long ts) {
    if (w.blocked(client.address(), dc.address(), ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(client.address(), client.ephemeralPort(), dc.address(), 389);
    String filter = "(&(DnsDomain=" + d.dnsDomain() + ")(Host=" + client.name()
        + ")(NtVer=\\06\\00\\00\\00))";
    LdapSearch s = new LdapSearch(ts, uid, id, 1 + (d.bits(client) & 0x3f), "base", "never", "",
        1, "success", "", filter, List.of("Netlogon"));
    long req = LdapWire.searchRequest(s).length;
    long resp = LdapWire.searchEntry(s, 0).length + LdapWire.searchDone(s).length;
    // the pcap writer sends the answer at the request's time, so the session has no duration
    w.emit(new Connection(ts, uid, id, Transport.UDP, "ldap", 0, req, resp, 1, 2, ConnState.SF));
    w.emit(s);
    return uid;
  }
}
