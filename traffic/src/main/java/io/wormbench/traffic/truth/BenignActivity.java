package io.wormbench.traffic.truth;

import java.io.Serializable;
import java.util.List;

/**
 * A benign look-alike: legitimate behaviour that resembles an attack stage (an admin's RDP hop,
 * a software deployment writing executables to ADMIN$, a user's password typo...). Recorded so
 * reports can say which benign behaviour caused each false alarm, and so flow labels can mark
 * its connections.
 *
 * @param kind the look-alike kind, e.g. {@code admin-rdp-chain}, {@code software-deployment}
 * @param events how many events the activity produced
 * @param eventUids the uids of the connections it produced, as attack steps carry them (empty
 *     in truth files written before look-alikes carried uids)
 */
public record BenignActivity(String kind, int source, int target, long start, long end,
    int events, List<String> eventUids) implements Serializable {
  public BenignActivity {
    eventUids = List.copyOf(eventUids);
    if (end < start) {
      throw new IllegalArgumentException("look-alike " + kind + " ends before it starts");
    }
    if (events < 0) {
      throw new IllegalArgumentException("look-alike " + kind + " has a negative event count");
    }
  }

  /** A look-alike record without uids. */
  public BenignActivity(String kind, int source, int target, long start, long end, int events) {
    this(kind, source, target, start, end, events, List.of());
  }
}
