package io.wormbench.simulator.network;

import java.util.SplittableRandom;

/**
 * Generated names: host names in Windows style, user names as first-initial plus surname,
 * external sites under reserved documentation domains (RFC 2606 {@code example.*}) so no
 * generated name resolves to a real site.
 */
public final class Names {
  private static final String[] GIVEN = {"a", "b", "c", "d", "e", "f", "g", "h", "j", "k", "l",
      "m", "n", "p", "r", "s", "t", "w", "y", "z"};
  private static final String[] FAMILY = {"tan", "lim", "lee", "ng", "ong", "wong", "goh", "chua",
      "chan", "koh", "teo", "ang", "yeo", "tay", "ho", "low", "toh", "sim", "chong", "chia",
      "kumar", "singh", "rahman", "ismail", "nair", "pillai", "abdullah", "hassan", "smith",
      "brown", "martin", "garcia", "muller", "rossi", "silva", "kim", "park", "sato", "ito",
      "nguyen"};
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ne", "to", "vi", "sa",
      "du", "pe", "zo", "fi", "gu", "ha", "ri", "mo", "ta", "be", "lu", "xo", "qui", "den", "bar",
      "cor", "fin", "net", "hub", "cloud", "media", "shop", "news", "data", "soft", "play"};
  private static final String[] TLDS = {"example.com", "example.net", "example.org"};
  private static final String[] PREFIXES = {"www.", "cdn.", "api.", "static.", "img.", ""};

  private Names() {}

  /** A Windows-style host name: prefix plus zero-padded number, e.g. {@code WS0042}. */
  public static String host(String prefix, int n) {
    StringBuilder sb = new StringBuilder(prefix);
    String num = Integer.toString(n);
    for (int i = num.length(); i < 4; i++) {
      sb.append('0');
    }
    return sb.append(num).toString();
  }

  /** A user name such as {@code jtan3}; {@code n} keeps it unique. */
  static String user(int n, SplittableRandom r) {
    String base = GIVEN[r.nextInt(GIVEN.length)] + FAMILY[r.nextInt(FAMILY.length)];
    return base + n;
  }

  /** The name of the {@code rank}-th external site; unique because the rank is part of it. */
  static String site(int rank, SplittableRandom r) {
    String word = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)];
    return PREFIXES[r.nextInt(PREFIXES.length)] + word + rank + "." + TLDS[r.nextInt(TLDS.length)];
  }
}
