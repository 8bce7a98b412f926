package io.wormbench.traffic.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Event time: {@code long} microseconds since the Unix epoch, as in Zeek's and pcap's
 * timestamps. Simulated time never comes from the wall clock.
 */
public final class Micros {
  public static final long SECOND = 1_000_000L;
  public static final long MINUTE = 60 * SECOND;
  public static final long HOUR = 60 * MINUTE;
  public static final long DAY = 24 * HOUR;

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Micros() {}

  /** Converts an instant to microseconds. */
  public static long of(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), SECOND), instant.getNano() / 1000);
  }

  /** Converts microseconds to an instant. */
  public static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, SECOND), Math.floorMod(micros, SECOND) * 1000);
  }

  /** ISO-8601 in UTC with microsecond precision, independent of locale and time zone. */
  public static String iso(long micros) {
    long secs = Math.floorDiv(micros, SECOND);
    int us = (int) Math.floorMod(micros, SECOND);
    java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(secs, 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return ISO.format(toInstant(micros));
    }
    // A hand-laid pattern: called once per alert and row, where DateTimeFormatter dominated.
    char[] c = new char[27];
    digits(c, 0, t.getYear(), 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    c[19] = '.';
    digits(c, 20, us, 6);
    c[26] = 'Z';
    return new String(c);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Zeek's {@code ts} format: seconds with six decimals. */
  public static String zeek(long micros) {
    long s = Math.floorDiv(micros, SECOND);
    long f = Math.floorMod(micros, SECOND);
    String frac = Long.toString(f);
    return s + "." + "000000".substring(frac.length()) + frac;
  }

  /** Parses Zeek's {@code ts} format (seconds with up to nine decimals). */
  public static long parseZeek(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      return Math.multiplyExact(Long.parseLong(text), SECOND);
    }
    long seconds = Long.parseLong(text.substring(0, dot));
    String frac = (text.substring(dot + 1) + "000000").substring(0, 6);
    return seconds * SECOND + Long.parseLong(frac);
  }
}
