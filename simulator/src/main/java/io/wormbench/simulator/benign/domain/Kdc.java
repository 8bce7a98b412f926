package io.wormbench.simulator.benign.domain;

import io.wormbench.simulator.engine.WireBudget;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.codec.pcap.write.KerberosWire;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.KerberosRequest;

/**
 * Kerberos exchanges with a KDC (RFC 4120 section 3.1 AS, 3.3 TGS), one TCP connection to
 * port 88 per request as Windows sends them (its tickets carry a PAC too large for UDP,
 * RFC 4120 section 7.2.1). A logon's first AS request carries no pre-authentication and gets
 * KDC_ERR_PREAUTH_REQUIRED, the normal first answer; the second carries PA-ENC-TIMESTAMP.
 * Sizes follow a Windows domain (AS-REQ about 250-330 bytes, replies with a PAC about 1.4-1.7
 * KB, TGS-REQ carrying the TGT about 1.5-1.9 KB) and never fall below what the pcap writer
 * renders for the record; sessions close with FIN or, as in the OTRF lab where most sessions
 * end in a reset, with RST from either side.
 */
final class Kdc {
  static final String AES = "aes256-cts-hmac-sha1-96";
  static final String PREAUTH_REQUIRED = "KDC_ERR_PREAUTH_REQUIRED";
  static final String PREAUTH_FAILED = "KDC_ERR_PREAUTH_FAILED";
  static final String PRINCIPAL_UNKNOWN = "KDC_ERR_C_PRINCIPAL_UNKNOWN";

  private Kdc() {}

  /** The AS exchanges of a logon of {@code name}: PREAUTH_REQUIRED, then the TGT. */
  static long logon(World w, DomainContext d, Host client, Host kdc, long ts, String name,
      boolean typo) {
    long t = ts;
    as(w, d, client, kdc, t, name, false, PREAUTH_REQUIRED);
    t += 4_000;
    if (typo) {
      as(w, d, client, kdc, t, name, true, PREAUTH_FAILED);
      // the user notices and types again a few seconds later
      t += 3_000_000 + (client.index() * 7919L + ts) % 5_000_000;
      as(w, d, client, kdc, t, name, false, PREAUTH_REQUIRED);
      t += 4_000;
    }
    as(w, d, client, kdc, t, name, true, "");
    return t + 4_000;
  }

  /** An AS request for a principal the KDC does not know. */
  static void unknownPrincipal(World w, DomainContext d, Host client, Host kdc, long ts,
      String name) {
    as(w, d, client, kdc, ts, name, false, PRINCIPAL_UNKNOWN);
  }

  /** One AS exchange; an empty {@code error} is a ticket. */
  static String as(World w, DomainContext d, Host client, Host kdc, long ts, String name,
      boolean preauth, String error) {
    boolean ok = error.isEmpty();
    return exchange(w, d, client, kdc, ts, "AS", d.principal(name), "krbtgt/" + d.realm(), ok,
        error, preauth ? 300 : 240, ok ? 1_450 : error.equals(PREAUTH_REQUIRED) ? 210 : 110);
  }

  /** A TGS exchange for {@code spn} with the client's TGT. */
  static String tgs(World w, DomainContext d, Host client, Host kdc, long ts, String name,
      String spn) {
    return exchange(w, d, client, kdc, ts, "TGS", d.principal(name), spn, true, "", 1_500, 1_400);
  }

  private static String exchange(World w, DomainContext d, Host client, Host kdc, long ts, String type,
      String principal, String service, boolean ok, String error, int reqBase, int repBase) {
    if (w.blocked(client.address(), kdc.address(), ts)) {
      return "";
    }
    String uid = w.uid();
    ConnId id = new ConnId(client.address(), client.ephemeralPort(), kdc.address(), 88);
    long at = ts + 1_000;
    KerberosRequest k = new KerberosRequest(at, uid, id, type, principal, service, ok, error, 0,
        0, ok ? AES : "", true, true);
    int h = d.bits(client);
    long seed = uid.hashCode() * 31L + at;
    // the budget holds the rendered messages; the realistic sizes are what a session asks for
    w.emit(new WireBudget().orig(KerberosWire.request(k, true, seed).length)
        .resp(KerberosWire.reply(k, true, seed).length).connection(ts, uid, id, "krb_tcp",
            2_000 + ((h >>> 15) & 0x1fff), reqBase + (h & 0x7f),
            repBase + ((h >>> 7) & (ok ? 0xff : 0x3f)), 0, 0, close(h)));
    w.emit(k);
    return uid;
  }

  /** How a short Windows session to a DC ends: FIN both ways, or a reset from either side. */
  static ConnState close(int hash) {
    int p = (hash >>> 24) & 0xff;
    return p < 128 ? ConnState.SF : p < 218 ? ConnState.RSTR : ConnState.RSTO;
  }
}
