package io.wormbench.traffic.codec.pcap.proto;

/**
 * LDAP numbers and the names Zeek's ldap/consts.zeek logs for them (RFC 4511 section 4.1.9
 * result codes, section 4.5.1 scopes and alias dereferencing), shared by writer and reader.
 */
public final class LdapNames {
  private static final int[] RESULTS = {0, 1, 2, 3, 4, 7, 8, 10, 14, 16, 32, 34, 48, 49, 50, 51,
      52, 53, 80};
  private static final String[] RESULT_NAMES = {"success", "operations error", "protocol error",
      "time limit exceeded", "size limit exceeded", "auth method not supported",
      "stronger auth required", "referral", "SASL bind in progress", "no such attribute",
      "no such object", "invalid DN syntax", "inappropriate authentication",
      "invalid credentials", "insufficient access rights", "busy", "unavailable",
      "unwilling to perform", "other"};
  private static final String[] SCOPES = {"base", "single", "tree"};
  private static final String[] DEREFS = {"never", "searching", "finding", "always"};

  private LdapNames() {}

  /** Zeek's name of a result code, {@code unknown} when it has none here. */
  public static String result(int code) {
    for (int i = 0; i < RESULTS.length; i++) {
      if (RESULTS[i] == code) {
        return RESULT_NAMES[i];
      }
    }
    return "unknown";
  }

  /** The code of a result name; 80 (other) for a name not listed. */
  public static int resultCode(String name) {
    for (int i = 0; i < RESULTS.length; i++) {
      if (RESULT_NAMES[i].equals(name)) {
        return RESULTS[i];
      }
    }
    return 80;
  }

  /** Zeek's name of a search scope. */
  public static String scope(int v) {
    return v >= 0 && v < SCOPES.length ? SCOPES[v] : "unknown";
  }

  /** The value of a scope name; 2 (subtree) when unknown. */
  public static int scopeCode(String name) {
    int i = java.util.Arrays.asList(SCOPES).indexOf(name);
    return i < 0 ? 2 : i;
  }

  /** Zeek's name of a derefAliases value. */
  public static String deref(int v) {
    return v >= 0 && v < DEREFS.length ? DEREFS[v] : "unknown";
  }

  /** The value of a derefAliases name; 0 (never) when unknown. */
  public static int derefCode(String name) {
    int i = java.util.Arrays.asList(DEREFS).indexOf(name);
    return Math.max(i, 0);
  }
}
