package io.wormbench.detectors;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups alerts into incidents the way a SOC's case management and MITRE's attack-flow view
 * do: alerts on one host close in time form a case, and a lateral-movement alert (brute force,
 * executable drop, RDP chain) from a host to an internal peer carries the case over to the
 * peer, so the peer's later alerts join it; two cases reached this way merge. Alerts below
 * {@code minScore} are left out. Results depend only on the alerts' order and content.
 */
public final class IncidentCorrelator {
  private static final EnumSet<Stage> LATERAL =
      EnumSet.of(Stage.RDP_CHAIN, Stage.BRUTE_FORCE, Stage.LATERAL_TRANSFER);

  private final double minScore;
  private final long gap;

  /** Correlates alerts scoring at least {@code minScore}; a host's case closes after {@code gap}. */
  public IncidentCorrelator(double minScore, long gap) {
    if (!(minScore >= 0 && minScore <= 1) || gap <= 0) {
      throw new IllegalArgumentException("minScore must be in [0,1] and gap > 0");
    }
    this.minScore = minScore;
    this.gap = gap;
  }

  /** At the default threshold, with cases closing after a day of silence. */
  public static IncidentCorrelator defaults() {
    return new IncidentCorrelator(Detector.DEFAULT_THRESHOLD, Micros.DAY);
  }

  /** The incidents of {@code alerts}, ordered by first alert time. */
  public List<Incident> correlate(List<Alert> alerts) {
    List<Alert> sorted = new ArrayList<>(alerts);
    sorted.sort(Comparator.comparingLong(Alert::ts));
    List<Integer> parent = new ArrayList<>();
    Map<Integer, Integer> open = new HashMap<>(); // host -> its case
    Map<Integer, Long> openTs = new HashMap<>(); // host -> time its case last grew
    Map<Integer, Integer> caseOfAlert = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Alert a = sorted.get(i);
      if (a.score() < minScore) {
        continue;
      }
      // A host that was the target of a lateral alert continues its attacker's case.
      int c = live(open, openTs, a.host(), a.ts(), parent);
      if (c < 0) {
        c = parent.size();
        parent.add(c);
      }
      open.put(a.host(), c);
      openTs.put(a.host(), a.ts());
      caseOfAlert.put(i, c);
      boolean lateral = Stage.ofTechnique(a.technique()).map(LATERAL::contains).orElse(false);
      if (lateral && a.peer() != Ipv4.NONE && Ipv4.isPrivate(a.peer()) && a.peer() != a.host()) {
        int p = live(open, openTs, a.peer(), a.ts(), parent);
        if (p >= 0 && find(parent, p) != find(parent, c)) {
          parent.set(find(parent, p), find(parent, c));
        }
        open.put(a.peer(), c);
        openTs.put(a.peer(), a.ts());
      }
    }
    return build(sorted, caseOfAlert, parent);
  }

  private int live(Map<Integer, Integer> open, Map<Integer, Long> openTs, int host, long ts,
      List<Integer> parent) {
    Integer c = open.get(host);
    if (c == null || ts - openTs.get(host) > gap) {
      return -1;
    }
    return find(parent, c);
  }

  private static int find(List<Integer> parent, int c) {
    while (parent.get(c) != c) {
      parent.set(c, parent.get(parent.get(c)));
      c = parent.get(c);
    }
    return c;
  }

  private static List<Incident> build(List<Alert> sorted, Map<Integer, Integer> caseOfAlert,
      List<Integer> parent) {
    // TreeMap keyed by first alert index keeps incident order independent of hashing.
    Map<Integer, Integer> firstIndexOfRoot = new HashMap<>();
    TreeMap<Integer, List<Alert>> byFirst = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Integer c = caseOfAlert.get(i);
      if (c == null) {
        continue;
      }
      final int index = i;
      int first = firstIndexOfRoot.computeIfAbsent(find(parent, c), r -> index);
      byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(sorted.get(i));
    }
    List<Incident> out = new ArrayList<>();
    for (List<Alert> group : byFirst.values()) {
      TreeSet<Integer> hosts = new TreeSet<>(Integer::compareUnsigned);
      TreeSet<String> detectors = new TreeSet<>();
      EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
      double max = 0;
      for (Alert a : group) {
        hosts.add(a.host());
        detectors.add(a.detector());
        Stage.ofTechnique(a.technique()).ifPresent(stages::add);
        max = Math.max(max, a.score());
        boolean lateral = Stage.ofTechnique(a.technique()).map(LATERAL::contains).orElse(false);
        if (lateral && a.peer() != Ipv4.NONE && Ipv4.isPrivate(a.peer())) {
          hosts.add(a.peer());
        }
      }
      String n = Integer.toString(out.size() + 1);
      out.add(new Incident("INC-" + "0000".substring(Math.min(4, n.length())) + n,
          new ArrayList<>(hosts), new ArrayList<>(detectors), new ArrayList<>(stages),
          group.get(0).ts(), group.get(group.size() - 1).ts(), max, group.size()));
    }
    return out;
  }
}
