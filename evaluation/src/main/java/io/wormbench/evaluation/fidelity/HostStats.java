package io.wormbench.evaluation.fidelity;

/**
 * What the scorecard keeps about one local host: a few counters and flags plus the distinct
 * destinations of its current day, so memory grows with hosts, never with events.
 */
final class HostStats {
  long originated;
  long touched;
  long touchedNight;
  long touchedWeekend;
  long touchedUdp;
  long smbTouched;
  boolean tcpOriginator;
  boolean failedTcp;
  boolean netbios;
  boolean llmnr;
  boolean mdns;
  /** Originated SMB, Kerberos, endpoint-mapper or NetBIOS session traffic (Windows heuristic). */
  boolean windowsPorts;
  /** Answered Kerberos (88) or LDAP (389) as responder (domain-controller heuristic). */
  boolean answersDirectory;
  boolean httpClient;
  /** The first peer that reached this host, and whether a second, different one did. */
  private int firstPeer;
  private boolean reachedByOne;
  boolean reachedByTwo;
  boolean nonBrowserAgent;

  private long day = Long.MIN_VALUE;
  private final IntSet destinations = new IntSet();
  long destinationDays;
  long destinationSum;

  /** Notes a peer that opened a connection to this host. */
  void reachedBy(int peer) {
    if (!reachedByOne) {
      reachedByOne = true;
      firstPeer = peer;
    } else if (peer != firstPeer) {
      reachedByTwo = true;
    }
  }

  /**
   * True for a host with no traffic of its own: it originated nothing and at most one peer
   * (typically the vulnerability scanner) ever reached it.
   */
  boolean silent() {
    return originated == 0 && !reachedByTwo;
  }

  /** Counts {@code destination} for the host's local day {@code epochDay}. */
  void destination(long epochDay, int destination) {
    if (epochDay != day) {
      closeDay();
      day = epochDay;
    }
    destinations.add(destination);
  }

  /** Folds the current day's distinct destinations into the sums. */
  void closeDay() {
    if (day != Long.MIN_VALUE && destinations.size() > 0) {
      destinationDays++;
      destinationSum += destinations.size();
    }
    destinations.clear();
    day = Long.MIN_VALUE;
  }
}
