package io.wormbench.traffic.codec.pcap.proto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The file name of a Content-Disposition header value (RFC 6266 section 4.1): the
 * {@code filename*} parameter (RFC 8187 {@code charset'lang'pct-encoded}) when present, else
 * {@code filename} (quoted-string or token). Only the last path segment is kept, as browsers
 * save it (RFC 6266 4.3), so {@code ..\..\x.exe} is {@code x.exe}. Never throws.
 */
final class ContentDisposition {
  private ContentDisposition() {}

  /** The file name in {@code value}, empty when it names none. */
  static String filename(String value) {
    String plain = "";
    String extended = "";
    int i = value.indexOf(';');
    while (i >= 0 && i < value.length()) {
      int p = i + 1;
      while (p < value.length() && value.charAt(p) == ' ') {
        p++;
      }
      int eq = value.indexOf('=', p);
      if (eq < 0) {
        break;
      }
      String name = value.substring(p, eq);
      name = name.substring(name.lastIndexOf(';') + 1).trim().toLowerCase(Locale.ROOT);
      int v = eq + 1;
      String param;
      int next;
      if (v < value.length() && value.charAt(v) == '"') {
        StringBuilder sb = new StringBuilder();
        int q = v + 1;
        for (; q < value.length() && value.charAt(q) != '"'; q++) {
          char c = value.charAt(q);
          if (c == '\\' && q + 1 < value.length()) {
            c = value.charAt(++q);
          }
          sb.append(c);
        }
        param = sb.toString();
        next = value.indexOf(';', q);
      } else {
        next = value.indexOf(';', v);
        param = value.substring(v, next < 0 ? value.length() : next).trim();
      }
      if (name.equals("filename")) {
        plain = param;
      } else if (name.equals("filename*")) {
        extended = decodeExtended(param);
      }
      i = next;
    }
    return lastSegment(extended.isEmpty() ? plain : extended);
  }

  private static String decodeExtended(String v) {
    int a = v.indexOf('\'');
    int b = a < 0 ? -1 : v.indexOf('\'', a + 1);
    if (b < 0) {
      return "";
    }
    Charset cs;
    try {
      cs = Charset.forName(v.substring(0, a));
    } catch (IllegalArgumentException e) {
      cs = StandardCharsets.UTF_8;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = b + 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '%' && i + 2 < v.length() && hex(v.charAt(i + 1)) >= 0
          && hex(v.charAt(i + 2)) >= 0) {
        out.write(hex(v.charAt(i + 1)) << 4 | hex(v.charAt(i + 2)));
        i += 2;
      } else {
        out.write(c & 0xff);
      }
    }
    return out.toString(cs);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static String lastSegment(String name) {
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1).trim();
  }
}
