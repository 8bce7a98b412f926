package io.wormbench.traffic.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one bounded parser of timestamps in text (ISO-8601 instants as RFC 3339 writes them,
 * Zeek's epoch seconds such as {@code 1772380815.718066} or {@code 1.77e9}) and the range every
 * reader accepts: from the Unix epoch ({@link #MIN}: captures, Zeek and Wormbench's own formats
 * cannot mean earlier instants) to 9999-12-31T23:59:59.999999Z ({@link #MAX}: the last instant
 * with a four-digit ISO-8601 year). Parsing costs O(length of the text) whatever the value:
 * the text is at most {@link #MAX_TEXT} characters and an exponent beyond 40 is decided without
 * arithmetic, so hostile values such as {@code 1e100000000} fail at once instead of expanding a
 * BigDecimal.
 * Errors are {@link IllegalArgumentException}s whose message the caller prefixes with the file,
 * line and field.
 */
public final class Timestamps {
  /** The earliest instant accepted: 1970-01-01T00:00:00Z. */
  public static final long MIN = 0;
  /** The latest instant accepted: 9999-12-31T23:59:59.999999Z. */
  public static final long MAX = 253_402_300_799_999_999L;
  /** The longest timestamp text accepted (a Zeek ts with nine decimals has 20). */
  public static final int MAX_TEXT = 64;

  private static final Pattern DECIMAL =
      Pattern.compile("([-+]?)([0-9]+(?:\\.[0-9]*)?)(?:[eE]([-+]?[0-9]{1,10}))?");
  /** Beyond this decimal exponent a non-zero number of seconds is out of any range. */
  private static final int MAX_EXPONENT = 40;
  private static final BigDecimal MAX_MICROS = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final String RANGE = "1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z";

  private Timestamps() {}

  /** {@code micros} when it lies in [{@link #MIN}, {@link #MAX}], else the range error. */
  public static long check(long micros) {
    if (micros < MIN || micros > MAX) {
      throw new IllegalArgumentException("time out of range (" + RANGE + "): " + micros
          + " microseconds");
    }
    return micros;
  }

  /** An instant in range as microseconds, without overflow for any instant. */
  public static long of(Instant instant) {
    if (instant.getEpochSecond() < 0 || instant.getEpochSecond() > MAX / Micros.SECOND) {
      throw new IllegalArgumentException("time out of range (" + RANGE + "): " + instant);
    }
    return instant.getEpochSecond() * Micros.SECOND + instant.getNano() / 1000;
  }

  /** Parses an ISO-8601 instant ({@code 2026-03-01T16:00:00.5Z}) in range. */
  public static long iso(String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("not a time: text of " + text.length() + " characters");
    }
    try {
      return of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a time: '" + text + "'");
    }
  }

  /** Parses epoch seconds in decimal or scientific notation into an in-range instant. */
  public static long seconds(String text) {
    long v = decimalSeconds(text);
    if (v < MIN || v > MAX) {
      throw new IllegalArgumentException("time out of range (" + RANGE + "): '" + text + "'");
    }
    return v;
  }

  /**
   * Parses a non-negative span of seconds (a Zeek interval) into microseconds, at most
   * {@link #MAX}.
   */
  public static long interval(String text) {
    long v = decimalSeconds(text);
    if (v < 0 || v > MAX) {
      throw new IllegalArgumentException("interval out of range (0 to " + MAX / Micros.SECOND
          + " s): '" + text + "'");
    }
    return v;
  }

  /** Either notation: ISO-8601 when the text has a 'T', else epoch seconds. */
  public static long parse(String text) {
    return text.indexOf('T') > 0 ? iso(text) : seconds(text);
  }

  /** Seconds text to microseconds (half-even), bounded in work; may be out of range. */
  private static long decimalSeconds(String text) {
    Matcher m = DECIMAL.matcher(text);
    if (text.length() > MAX_TEXT || !m.matches()) {
      throw new IllegalArgumentException("not a time: '" + shorten(text) + "'");
    }
    if (m.group(3) != null) {
      long exponent = Long.parseLong(m.group(3));
      boolean zero = m.group(2).chars().allMatch(c -> c == '0' || c == '.');
      if (exponent < -MAX_EXPONENT || zero) {
        return 0;
      }
      if (exponent > MAX_EXPONENT) {
        return m.group(1).equals("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
      }
    }
    BigDecimal d = new BigDecimal(text).movePointRight(6).setScale(0, RoundingMode.HALF_EVEN);
    if (d.abs().compareTo(MAX_MICROS) > 0) {
      return d.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return d.longValueExact();
  }

  /** Hostile text can be long; messages quote at most {@link #MAX_TEXT} characters. */
  static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
  }

}
