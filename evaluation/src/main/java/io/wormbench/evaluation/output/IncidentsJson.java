package io.wormbench.evaluation.output;

import io.wormbench.detectors.Incident;
import io.wormbench.detectors.IncidentCorrelator;
import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.Stage;
import java.util.List;

/**
 * incidents.json: the alerts of one run grouped by the detectors module's
 * {@link IncidentCorrelator} at its defaults, a JSON array in correlator order.
 */
public final class IncidentsJson {
  private IncidentsJson() {}

  /** The incidents of {@code alerts}, as JSON. */
  public static String json(List<Alert> alerts) {
    return of(IncidentCorrelator.defaults().correlate(alerts));
  }

  /** Incidents as JSON. */
  public static String of(List<Incident> incidents) {
    JsonWriter w = new JsonWriter().beginArray();
    for (Incident i : incidents) {
      w.beginObject().field("id", i.id());
      w.name("hosts").beginArray();
      i.hosts().forEach(h -> w.value(Ipv4.format(h)));
      w.endArray();
      w.name("detectors").beginArray();
      i.detectors().forEach(w::value);
      w.endArray();
      w.name("stages").beginArray();
      i.stages().stream().map(Stage::name).forEach(w::value);
      w.endArray();
      w.field("first", Micros.iso(i.first())).field("last", Micros.iso(i.last()))
          .field("maxScore", i.maxScore()).field("alerts", i.alerts()).endObject();
    }
    return w.endArray().toString();
  }
}
