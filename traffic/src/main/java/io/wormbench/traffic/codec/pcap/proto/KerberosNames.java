package io.wormbench.traffic.codec.pcap.proto;

/**
 * Kerberos numbers and the names Zeek logs for them (Zeek's base/protocols/krb/consts.zeek):
 * KRB-ERROR codes (RFC 4120 section 7.5.9) and encryption types (RFC 3961, RFC 3962, RFC 4757).
 * Shared by the pcap writer and reader, so a name survives the round trip.
 */
public final class KerberosNames {
  private static final int[] ERRORS = {0, 6, 7, 12, 14, 18, 23, 24, 25, 37, 41, 52, 60, 68};
  private static final String[] ERROR_NAMES = {"KDC_ERR_NONE", "KDC_ERR_C_PRINCIPAL_UNKNOWN",
      "KDC_ERR_S_PRINCIPAL_UNKNOWN", "KDC_ERR_POLICY", "KDC_ERR_ETYPE_NOSUPP",
      "KDC_ERR_CLIENT_REVOKED", "KDC_ERR_KEY_EXPIRED", "KDC_ERR_PREAUTH_FAILED",
      "KDC_ERR_PREAUTH_REQUIRED", "KRB_AP_ERR_SKEW", "KRB_AP_ERR_MODIFIED",
      "KRB_ERR_RESPONSE_TOO_BIG", "KRB_ERR_GENERIC", "KDC_ERR_WRONG_REALM"};
  private static final int[] CIPHERS = {1, 3, 17, 18, 23, 24};
  private static final String[] CIPHER_NAMES = {"des-cbc-crc", "des-cbc-md5",
      "aes128-cts-hmac-sha1-96", "aes256-cts-hmac-sha1-96", "rc4-hmac", "rc4-hmac-exp"};

  private KerberosNames() {}

  /** Zeek's name of an error code, {@code KRB_ERR_<code>} when it has none. */
  public static String error(int code) {
    for (int i = 0; i < ERRORS.length; i++) {
      if (ERRORS[i] == code) {
        return ERROR_NAMES[i];
      }
    }
    return "KRB_ERR_" + code;
  }

  /** The code of an error name; KRB_ERR_GENERIC (60) for a name Zeek does not list. */
  public static int errorCode(String name) {
    for (int i = 0; i < ERRORS.length; i++) {
      if (ERROR_NAMES[i].equals(name)) {
        return ERRORS[i];
      }
    }
    return 60;
  }

  /** Zeek's name of an encryption type, empty when unknown. */
  public static String cipher(int etype) {
    for (int i = 0; i < CIPHERS.length; i++) {
      if (CIPHERS[i] == etype) {
        return CIPHER_NAMES[i];
      }
    }
    return "";
  }

  /** The encryption type of a name; aes256-cts-hmac-sha1-96 (18) when unknown or empty. */
  public static int etype(String name) {
    for (int i = 0; i < CIPHERS.length; i++) {
      if (CIPHER_NAMES[i].equals(name)) {
        return CIPHERS[i];
      }
    }
    return 18;
  }
}
