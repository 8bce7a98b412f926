package io.wormbench.evaluation.fidelity.artefact;

import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.net.Ipv4;
import java.util.List;

/**
 * The conn.log-level fields the artefact check judges one at a time: the numeric ones (sizes,
 * packets, their ratios, duration, the sub-millisecond parts of the timestamp and of the
 * duration, where a generator's whole-millisecond constants show) and the
 * categorical ones (port, proto, service, conn_state, history, the /16 and /24 of the external
 * endpoint, the local hour). Issue 11 lists them; McHugh (2000) and Arp et al. ("Dos and Don'ts
 * of Machine Learning in Computer Security", USENIX Security 2022) explain why a field that
 * alone separates attack from benign traffic is an artefact of the data set, not a detector's
 * merit.
 */
public final class ConnFields {
  /** Numeric fields, in row order. */
  public static final List<String> NUMERIC = List.of("duration", "orig_bytes", "resp_bytes",
      "orig_pkts", "resp_pkts", "orig_bytes_per_pkt", "resp_bytes_per_pkt", "resp_orig_ratio",
      "ts_submilli", "duration_submilli");
  /** Categorical fields, in row order. */
  public static final List<String> CATEGORICAL = List.of("port", "proto", "service",
      "conn_state", "history", "range16", "range24", "hour");

  private ConnFields() {}

  /** Every field name, numeric first. */
  public static List<String> names() {
    return java.util.stream.Stream.concat(NUMERIC.stream(), CATEGORICAL.stream()).toList();
  }

  /**
   * The row of one connection.
   *
   * @param external the endpoint whose address range is judged: the responder unless only the
   *     originator is outside the network
   * @param hour the local hour of the connection's start
   * @param fold the cross-fitting fold, 0 or 1
   */
  public static ConnRow row(Connection c, int external, int hour, int fold) {
    double orig = c.origBytes();
    double resp = c.respBytes();
    double[] num = {
        c.duration() / 1e6, orig, resp, c.origPkts(), c.respPkts(),
        c.origPkts() == 0 ? 0 : orig / c.origPkts(),
        c.respPkts() == 0 ? 0 : resp / c.respPkts(),
        resp / Math.max(orig, 1),
        Math.floorMod(c.ts(), 1000L),
        Math.floorMod(c.duration(), 1000L)};
    String[] cat = {
        c.proto().zeekName() + "/" + c.id().respP(), c.proto().zeekName(), c.service(),
        c.state().name(), history(c), Ipv4.format(external & 0xFFFF0000) + "/16",
        Ipv4.format(external & 0xFFFFFF00) + "/24", Integer.toString(hour)};
    return new ConnRow(num, cat, fold);
  }

  /** Zeek's history string where the record carries one (empty before the events work). */
  static String history(Connection c) {
    return "";
  }
}
