package io.wormbench.traffic.truth;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the simulator knows and the detectors must not: the network inventory, each
 * host's compromise timeline, each attack step and each benign look-alike. Only the scorer
 * reads it.
 */
public record GroundTruth(String scenario, long seed, long start, long end, List<HostInfo> hosts,
    List<HostTimeline> timelines, List<AttackStep> steps, List<BenignActivity> lookalikes)
    implements Serializable {
  public GroundTruth {
    hosts = List.copyOf(hosts);
    timelines = List.copyOf(timelines);
    steps = List.copyOf(steps);
    lookalikes = List.copyOf(lookalikes);
  }

  /** The timeline of {@code host}, or a never-infected one. */
  public HostTimeline timeline(int host) {
    for (HostTimeline t : timelines) {
      if (t.host() == host) {
        return t;
      }
    }
    return new HostTimeline(host, HostTimeline.NEVER, HostTimeline.NEVER, HostTimeline.NEVER);
  }
}
