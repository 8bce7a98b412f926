package io.wormbench.traffic.codec.pcap.proto;

/**
 * NTLMSSP AUTHENTICATE_MESSAGE fields ([MS-NLMP] 2.2.1.3): domain, user and workstation are
 * (Len, MaxLen, Offset) triples relative to the "NTLMSSP\0" signature, UTF-16LE when
 * NTLMSSP_NEGOTIATE_UNICODE (0x1) is set, OEM otherwise. The message is found by its signature
 * inside the SPNEGO/GSS-API wrapping SMB2 SESSION_SETUP carries.
 */
public final class Ntlmssp {
  private Ntlmssp() {}

  /** Domain, user and workstation of an AUTHENTICATE message. */
  public record Auth(String domain, String user, String workstation) {}

  /** Offset of the "NTLMSSP\0" signature in [p, end), or -1. */
  public static int find(byte[] a, int p, int end) {
    for (int i = p; i + 8 <= end; i++) {
      if (a[i] == 'N' && a[i + 1] == 'T' && a[i + 2] == 'L' && a[i + 3] == 'M'
          && a[i + 4] == 'S' && a[i + 5] == 'S' && a[i + 6] == 'P' && a[i + 7] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The message type (1, 2, 3) at signature offset {@code s}, -1 when cut. */
  public static int type(byte[] a, int s, int end) {
    return (int) Bytes.le32(a, s + 8, end);
  }

  /** Parses an AUTHENTICATE message at signature offset {@code s}. */
  public static Auth authenticate(byte[] a, int s, int end) {
    long flags = Bytes.le32(a, s + 60, end);
    boolean unicode = flags < 0 || (flags & 1) != 0;
    return new Auth(field(a, s, s + 28, end, unicode), field(a, s, s + 36, end, unicode),
        field(a, s, s + 44, end, unicode));
  }

  private static String field(byte[] a, int s, int f, int end, boolean unicode) {
    int len = Bytes.le16(a, f, end);
    long off = Bytes.le32(a, f + 4, end);
    if (len <= 0 || off < 0 || s + off + len > end) {
      return "";
    }
    int p = s + (int) off;
    return unicode ? Bytes.utf16(a, p, len, end) : Bytes.latin1(a, p, len, end);
  }
}
