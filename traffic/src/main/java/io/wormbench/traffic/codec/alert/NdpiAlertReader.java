package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.alert.Alert;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * nDPI flow risks (https://www.ntop.org/guides/nDPI/flow_risks.html) in nDPI's JSON flow
 * serialisation ({@code ndpi_flow2json}, as ndpiReader and nDPIsrvd write it): one flow per
 * line with {@code src_ip}, {@code dest_ip}, {@code src_port}, {@code dst_port}, {@code proto}
 * and {@code ndpi.flow_risk}, an object of risks each with {@code risk}, {@code severity} and
 * {@code risk_score}. A flow without risks is no alert. Time: {@code first_seen} (or
 * nDPIsrvd's {@code flow_first_seen}), numeric with its unit detected ({@link EpochTime}); a
 * flow without one fails naming the line, because a flow risk without a time cannot be scored.
 *
 * <p>Score rule: the most severe of the flow's risks, by nDPI's severity ladder, as its rank
 * over six: Low 1/6, Medium 2/6, High 3/6, Severe 4/6, Critical 5/6, Emergency 1. Entity: the
 * internal endpoint ({@link Endpoints}); detector {@code ndpi} unless set; no ATT&CK id.
 */
public final class NdpiAlertReader extends JsonAlertLines {
  private static final List<String> LADDER =
      List.of("low", "medium", "high", "severe", "critical", "emergency");

  /** A reader over {@code in}. */
  public NdpiAlertReader(BufferedReader in, String source, AlertReadOptions options) {
    super(in, source, options);
  }

  /** The documented severity-to-score rule; 0 for a severity nDPI does not define. */
  public static double score(String severity) {
    int rank = LADDER.indexOf(severity.toLowerCase(Locale.ROOT));
    return rank < 0 ? 0 : (rank + 1) / 6.0;
  }

  @Override
  Optional<ToolAlert> convert(JsonNode r) {
    JsonNode risks = at(r, "ndpi.flow_risk");
    if (risks == null || !risks.isObject() || risks.isEmpty()) {
      return Optional.empty();
    }
    String timeField = at(r, "first_seen") != null ? "first_seen" : "flow_first_seen";
    long ts = time(r, timeField);
    Optional<Integer> src = address(r, "src_ip");
    Optional<Integer> dst = address(r, "dest_ip");
    if (src.isEmpty() || dst.isEmpty()) {
      return skip();
    }
    double score = 0;
    List<String> names = new ArrayList<>();
    for (var e : risks.properties()) {
      JsonNode risk = e.getValue();
      names.add(textOr(risk, "risk", e.getKey()));
      score = Math.max(score, score(textOr(risk, "severity", "")));
    }
    int[] entity = Endpoints.entity(src.get(), dst.get(), options.internal());
    Alert a = new Alert(options.detectorOr("ndpi"), ts, entity[0], entity[1], score, "",
        textOr(r, "ndpi.proto", "") + ": " + String.join(", ", names));
    FlowKey key = new FlowKey("", "", src.get(), port(r, "src_port"), dst.get(),
        port(r, "dst_port"), Protocols.number(textOr(r, "proto", "")));
    return Optional.of(new ToolAlert(a, key, line));
  }
}
