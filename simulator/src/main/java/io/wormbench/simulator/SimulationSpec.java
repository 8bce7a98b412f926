package io.wormbench.simulator;

import io.wormbench.simulator.attack.WormSpec;
import io.wormbench.simulator.benign.BenignSpec;
import io.wormbench.simulator.network.NetworkProfiles;
import io.wormbench.simulator.network.NetworkSpec;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The simulator's part of a scenario file: when the run starts and how long it lasts, the time
 * zone, the benign-only learning period, the network (a named profile plus overrides), the
 * benign behaviour and the attacks. Bound from a {@link SpecNode}, so every bad field fails with
 * its path and line; the top-level fields of other modules are left to them.
 *
 * @param name the scenario name (top-level {@code name}, shared with evaluation), for the truth
 */
public record SimulationSpec(String name, long start, ZoneId timeZone, long duration,
    long learningPeriod, NetworkSpec network, BenignSpec benign, List<WormSpec> attacks) {

  /** The top-level fields this module binds. */
  public static final Set<String> FIELDS = Set.of("start", "timeZone", "duration",
      "learningPeriod", "network", "benign", "attacks");

  /** Default start: Monday 2026-03-02 00:00 in the scenario's time zone. */
  static final LocalDate DEFAULT_DAY = LocalDate.of(2026, 3, 2);

  public SimulationSpec {
    attacks = List.copyOf(attacks);
  }

  /** Binds the simulator's fields of a scenario's root node. */
  public static SimulationSpec from(SpecNode root) {
    ZoneId zone;
    String zoneText = root.string("timeZone", "Asia/Singapore");
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      throw root.field("timeZone").orElseThrow().error(
          "must be a time-zone id such as Asia/Singapore or UTC, not '" + zoneText + "'");
    }
    long start = start(root, zone);
    long duration = root.durationField("duration", 3 * Micros.DAY,
        x -> x >= Micros.MINUTE && x <= 366 * Micros.DAY, "must be between 1m and 366d");
    // Default: one benign day to learn from, or half of a run shorter than two days.
    long learning = root.durationField("learningPeriod", Math.min(Micros.DAY, duration / 2),
        x -> x >= 0, "must be >= 0");
    if (learning >= duration) {
      throw root.field("learningPeriod").orElseThrow().error("must be shorter than duration");
    }
    SpecNode net = root.map("network");
    NetworkSpec network = NetworkSpec.DEFAULTS;
    if (net.field("profile").isPresent()) {
      SpecNode p = net.field("profile").orElseThrow();
      network = NetworkProfiles.load(p.text(), root.source(), p);
    }
    network = NetworkSpec.bind(net, network);
    BenignSpec benign = BenignSpec.bind(root.map("benign"));
    List<WormSpec> attacks = new ArrayList<>();
    List<SpecNode> items = root.list("attacks");
    for (int i = 0; i < items.size(); i++) {
      SpecNode a = items.get(i);
      WormSpec w = WormSpec.bind(a, i);
      if (learning + w.start() >= duration) {
        throw a.field("start").map(f -> f.error("learningPeriod + start must be before the end of the run"))
            .orElseGet(() -> a.error("learningPeriod + start must be before the end of the run"));
      }
      WormSpec.check(w, a, network);
      attacks.add(w);
    }
    String name = root.string("name", stem(root.source()));
    return new SimulationSpec(name, start, zone, duration, learning, network, benign, attacks);
  }

  /**
   * The latest start accepted: 2100-01-01T00:00:00Z, so that start + duration (at most 366d)
   * stays within classic pcap's unsigned 32-bit seconds (which end in February 2106).
   */
  public static final long LATEST_START = 4_102_444_800L * Micros.SECOND;

  private static long start(SpecNode root, ZoneId zone) {
    if (root.field("start").isEmpty()) {
      return Micros.of(DEFAULT_DAY.atStartOfDay(zone).toInstant());
    }
    SpecNode f = root.field("start").orElseThrow();
    String t = f.text();
    Instant at;
    try {
      if (t.endsWith("Z")) {
        at = Instant.parse(t);
      } else if (t.length() > 19 && t.matches(".*[+-]\\d\\d:\\d\\d$")) {
        at = java.time.OffsetDateTime.parse(t).toInstant();
      } else if (t.length() == 10) {
        at = LocalDate.parse(t).atStartOfDay(zone).toInstant();
      } else {
        at = LocalDateTime.parse(t).atZone(zone).toInstant();
      }
    } catch (DateTimeException e) {
      throw f.error("must be a date or date-time such as 2026-03-02 or 2026-03-02T08:00,"
          + " not '" + t + "'");
    }
    if (at.getEpochSecond() < 0 || at.getEpochSecond() >= LATEST_START / Micros.SECOND) {
      throw f.error("must be between 1970-01-01 and 2100-01-01 (UTC), not '" + t + "'");
    }
    return Micros.of(at);
  }

  private static String stem(String source) {
    String s = source.replace('\\', '/');
    s = s.substring(s.lastIndexOf('/') + 1);
    return s.endsWith(".yaml") ? s.substring(0, s.length() - 5) : s;
  }

  /** Start of the run, microseconds since the epoch. */
  public long start() {
    return start;
  }

  /** End of the run (exclusive). */
  public long end() {
    return start + duration;
  }

  /** End of the benign-only learning period; attacks start no earlier. */
  public long learningEnd() {
    return start + learningPeriod;
  }
}
