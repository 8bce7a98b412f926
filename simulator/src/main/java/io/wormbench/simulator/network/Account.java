package io.wormbench.simulator.network;

/**
 * A logon account: its name and where its password sits in an attacker's list of common
 * passwords ({@code passwordRank}; {@link #STRONG} when it is on no list). Brute force succeeds
 * exactly when the attacker tries this user name with a list longer than the rank, so success
 * follows the network's password strength rather than a coin flip.
 */
public record Account(String name, int passwordRank, boolean admin) {
  /** Rank of a password no word list contains. */
  public static final int STRONG = Integer.MAX_VALUE;

  /** True when a guesser trying {@code listSize} common passwords finds this password. */
  public boolean fallsTo(int listSize) {
    return passwordRank < listSize;
  }

  /** The strength class: weak, medium or strong. */
  public String strength() {
    return passwordRank == STRONG ? "strong" : passwordRank < PasswordStrength.WEAK_RANKS
        ? "weak" : "medium";
  }
}
