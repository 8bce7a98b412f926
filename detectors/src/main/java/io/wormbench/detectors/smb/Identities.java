package io.wormbench.detectors.smb;

import java.util.Locale;

/**
 * Account identities as logon protocols write them, reduced to the account name that a
 * password guesser chooses: NTLM's user field without its domain (a local account is
 * {@code WS12\admin} on one host and {@code WS13\admin} on the next, the same guessed name),
 * Kerberos's {@code name/REALM} client (Zeek's kerberos.log) without the realm, and an LDAP
 * bind name as a DN ({@code CN=admin,OU=...}), a UPN ({@code admin@corp.example}) or a
 * down-level name ({@code CORP\admin}). Lower-cased, since Windows account names are
 * case-insensitive.
 */
final class Identities {
  private Identities() {}

  /** The account part of a user field that may carry a {@code DOMAIN\} or {@code @realm}. */
  static String account(String user) {
    String u = user.trim();
    int slash = u.lastIndexOf('\\');
    if (slash >= 0) {
      u = u.substring(slash + 1);
    }
    int at = u.indexOf('@');
    if (at > 0) {
      u = u.substring(0, at);
    }
    return u.toLowerCase(Locale.ROOT);
  }

  /** The account of a Kerberos client principal {@code name/REALM} (or {@code name@REALM}). */
  static String kerberosClient(String client) {
    int slash = client.lastIndexOf('/');
    return account(slash > 0 ? client.substring(0, slash) : client);
  }

  /** The account of an LDAP bind name: a DN's first RDN value, a UPN or a down-level name. */
  static String ldapBindName(String object) {
    String o = object.trim();
    int eq = o.indexOf('=');
    if (eq > 0 && eq < 4) { // CN=, UID=: a distinguished name
      int comma = o.indexOf(',', eq);
      o = o.substring(eq + 1, comma < 0 ? o.length() : comma);
    }
    return account(o);
  }

  /**
   * KRB-ERRORs that answer a wrong or unknown credential: a bad password
   * (KDC_ERR_PREAUTH_FAILED, Windows event 4771 code 0x18), an unknown user
   * (KDC_ERR_C_PRINCIPAL_UNKNOWN, 0x6), a locked or disabled account (KDC_ERR_CLIENT_REVOKED,
   * 0x12, what guessing ends in) and an expired password (KDC_ERR_KEY_EXPIRED, 0x17).
   * KDC_ERR_PREAUTH_REQUIRED is the normal first reply of every Windows logon, not a failure.
   */
  static boolean kerberosLogonFailure(String error) {
    return switch (error) {
      case "KDC_ERR_PREAUTH_FAILED", "KDC_ERR_C_PRINCIPAL_UNKNOWN", "KDC_ERR_CLIENT_REVOKED",
          "KDC_ERR_KEY_EXPIRED" -> true;
      default -> false;
    };
  }

  /** An LDAP bind result meaning wrong credentials (Zeek's name, or the RFC 4511 one). */
  static boolean ldapBadCredentials(String result) {
    return result.equalsIgnoreCase("invalid credentials")
        || result.equalsIgnoreCase("invalidCredentials");
  }
}
