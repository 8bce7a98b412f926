package io.wormbench.evaluation.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which host gets which horizontal lane of the attack timeline. Infected hosts come first, in
 * order of infection (so the worm's spread reads top-down), then hosts that only raised false
 * alarms, in order of their first alert; ties break on the address so the layout is a pure
 * function of the data. Lanes beyond {@code maxLanes} are dropped and counted, never silently.
 */
public final class TimelineLanes {
  private TimelineLanes() {}

  /**
   * The lane order.
   *
   * @param hosts the hosts in lane order, lane 0 first
   * @param hidden how many hosts did not fit
   * @param infectedLanes how many of the lanes hold infected hosts
   */
  public record Layout(List<Integer> hosts, int hidden, int infectedLanes) {
    public Layout {
      hosts = List.copyOf(hosts);
    }

    /** The lane of {@code host}, or -1 when it has none. */
    public int laneOf(int host) {
      return hosts.indexOf(host);
    }
  }

  /**
   * Lays out lanes.
   *
   * @param infectedAt infection time of each infected host
   * @param firstAlertAt time of the first alert on each alerted host
   * @param maxLanes most lanes to draw, >= 1
   * @param maxClean most of them given to hosts that were never infected, so a noisy detector's
   *     false alarms cannot crowd the worm's spread off the chart
   */
  public static Layout assign(Map<Integer, Long> infectedAt, Map<Integer, Long> firstAlertAt,
      int maxLanes, int maxClean) {
    if (maxLanes < 1 || maxClean < 0) {
      throw new IllegalArgumentException("need maxLanes >= 1 and maxClean >= 0: " + maxLanes
          + ", " + maxClean);
    }
    List<Integer> infected = byTime(infectedAt);
    Map<Integer, Long> clean = new TreeMap<>(firstAlertAt);
    clean.keySet().removeAll(infectedAt.keySet());
    List<Integer> cleanOrder = byTime(clean);
    List<Integer> order = new ArrayList<>(infected.subList(0, Math.min(infected.size(),
        maxLanes)));
    int room = Math.min(maxClean, maxLanes - order.size());
    order.addAll(cleanOrder.subList(0, Math.min(cleanOrder.size(), room)));
    int total = infected.size() + cleanOrder.size();
    return new Layout(order, total - order.size(), Math.min(infected.size(), order.size()));
  }

  private static List<Integer> byTime(Map<Integer, Long> times) {
    List<Integer> hosts = new ArrayList<>(times.keySet());
    hosts.sort(Comparator.comparing((Integer h) -> times.get(h))
        .thenComparing(h -> Integer.toUnsignedLong(h)));
    return hosts;
  }

  /** A time span on a lane. */
  public record Band(double start, double end) {}

  /**
   * Merges overlapping or touching spans and widens each to at least {@code minWidth}, centred
   * on its start, so an instantaneous step still shows as a visible band.
   */
  public static List<Band> merge(List<Band> spans, double minWidth) {
    List<Band> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingDouble(Band::start).thenComparingDouble(Band::end));
    List<Band> out = new ArrayList<>();
    for (Band b : sorted) {
      Band w = b.end() - b.start() >= minWidth ? b
          : new Band(b.start() - (minWidth - (b.end() - b.start())) / 2,
              b.start() + (minWidth + (b.end() - b.start())) / 2);
      if (!out.isEmpty() && w.start() <= out.get(out.size() - 1).end()) {
        Band last = out.remove(out.size() - 1);
        out.add(new Band(last.start(), Math.max(last.end(), w.end())));
      } else {
        out.add(w);
      }
    }
    return out;
  }
}
