package io.wormbench.traffic.codec.zeek;

import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.time.Micros;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Zeek's ASCII log conventions (Zeek's logging/writers/ascii and threading/formatters/Ascii):
 * tab-separated fields, {@code -} for an unset field, {@code (empty)} for an empty container,
 * {@code ,} between container elements, {@code T}/{@code F} booleans, times and intervals in
 * seconds with six decimals, and {@code \xHH} escapes for the separators, non-printable and
 * non-ASCII bytes. Also the enum spellings Zeek uses for the
 * fields Wormbench models as Java enums.
 */
final class ZeekText {
  static final String UNSET = "-";
  static final String EMPTY = "(empty)";
  private static final DateTimeFormatter OPEN_CLOSE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);
  private static final String SMB_ACTION_PREFIX = "SMB::FILE_";

  private ZeekText() {}

  /** The {@code #open}/{@code #close} timestamp format. */
  static String openClose(long micros) {
    return OPEN_CLOSE.format(Micros.toInstant(micros));
  }

  /**
   * Escapes a string value as Zeek's ODesc does: non-printable and non-ASCII bytes, and the set
   * separator inside containers, become {@code \xHH}; a value equal to the unset or empty
   * marker gets its first byte escaped. Backslashes stay as they are (SMB paths read
   * {@code \\HOST\ADMIN$} in real logs), except one that would read as an escape, which
   * becomes {@code \x5c} so the text round-trips.
   */
  static String escape(String value, boolean inSet) {
    if (value.equals(UNSET)) {
      return "\\x2d";
    }
    if (value.equals(EMPTY)) {
      return "\\x28empty)";
    }
    StringBuilder b = null;
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean plain = c >= 0x20 && c < 0x7f && !(inSet && c == ',')
          && !(c == '\\' && isHexEscape(bytes, i));
      if (!plain && b == null) {
        b = new StringBuilder(bytes.length + 8);
        b.append(new String(bytes, 0, i, StandardCharsets.US_ASCII));
      }
      if (b != null) {
        if (plain) {
          b.append((char) c);
        } else {
          b.append("\\x").append(Character.forDigit(c >> 4, 16))
              .append(Character.forDigit(c & 15, 16));
        }
      }
    }
    return b == null ? value : b.toString();
  }

  private static boolean isHexEscape(byte[] bytes, int i) {
    return i + 3 < bytes.length && bytes[i] == '\\' && bytes[i + 1] == 'x'
        && Character.digit(bytes[i + 2], 16) >= 0 && Character.digit(bytes[i + 3], 16) >= 0;
  }

  /** Undoes {@link #escape}: decodes {@code \xHH} byte escapes, keeps other backslashes. */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (isHexEscape(bytes, i)) {
        out.write(Character.digit(bytes[i + 2], 16) << 4 | Character.digit(bytes[i + 3], 16));
        i += 3;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Zeek's spelling of a Wormbench enum constant. */
  static String enumName(Enum<?> value) {
    if (value instanceof Transport t) {
      return t.zeekName();
    }
    if (value instanceof SmbFileAccess.Action a) {
      return SMB_ACTION_PREFIX + a.name();
    }
    return value.name();
  }

  /** The Wormbench constant name for Zeek's spelling (proto {@code tcp}, SMB::FILE_WRITE). */
  static String constantName(String zeek) {
    String s = zeek.startsWith(SMB_ACTION_PREFIX) ? zeek.substring(SMB_ACTION_PREFIX.length())
        : zeek;
    return s.toUpperCase(Locale.ROOT);
  }

  /** Seconds with six decimals, as Zeek writes intervals. */
  static String seconds(long micros) {
    return Micros.zeek(micros);
  }
}
