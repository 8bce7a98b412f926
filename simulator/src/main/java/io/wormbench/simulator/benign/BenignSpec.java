package io.wormbench.simulator.benign;

import io.wormbench.simulator.lookalike.LookalikeKind;
import io.wormbench.simulator.lookalike.Lookalike;
import io.wormbench.traffic.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code benign} section: office rhythm, everyday behaviour per role, and the look-alikes
 * (legitimate behaviour resembling an attack stage), each with its own rates.
 */
public record BenignSpec(Rhythm.Spec rhythm, double workstationActivitiesPerHour,
    double webShare, double fileShare, double serverJobsPerHour, List<Lookalike> lookalikes,
    io.wormbench.simulator.benign.domain.DomainSpec domain) {
  public static final Set<String> FIELDS = Set.of("rhythm", "workstation", "server", "lookalikes",
      "domain");
  static final Set<String> WORKSTATION = Set.of("activitiesPerHour", "web", "fileShare");

  /** Binds the section; absent fields take the defaults in code. */
  public static BenignSpec bind(SpecNode node) {
    node.rejectUnknown(FIELDS);
    Rhythm.Spec rhythm = Rhythm.Spec.bind(node.map("rhythm"), Rhythm.Spec.DEFAULTS);
    SpecNode ws = node.map("workstation");
    ws.rejectUnknown(WORKSTATION);
    double rate = ws.doubleField("activitiesPerHour", 30, x -> x >= 0 && x <= 3600,
        "must be in [0, 3600]");
    double web = ws.doubleField("web", 0.85, x -> x >= 0 && x <= 1, "must be in [0, 1]");
    double file = ws.doubleField("fileShare", 0.1, x -> x >= 0 && x <= 1, "must be in [0, 1]");
    if (web + file > 1 + 1e-9) {
      throw ws.error("web + fileShare must not exceed 1 (the rest is intranet HTTP)");
    }
    SpecNode sv = node.map("server");
    sv.rejectUnknown(Set.of("jobsPerHour"));
    double jobs = sv.doubleField("jobsPerHour", 12, x -> x >= 0 && x <= 3600,
        "must be in [0, 3600]");
    SpecNode ln = node.map("lookalikes");
    List<String> names = new ArrayList<>();
    for (LookalikeKind k : LookalikeKind.values()) {
      names.add(k.field());
    }
    ln.rejectUnknown(Set.copyOf(names));
    List<Lookalike> lookalikes = new ArrayList<>();
    for (LookalikeKind k : LookalikeKind.values()) {
      lookalikes.add(k.bind(ln.map(k.field())));
    }
    return new BenignSpec(rhythm, rate, web, file, jobs, List.copyOf(lookalikes),
        io.wormbench.simulator.benign.domain.DomainSpec.bind(node.map("domain")));
  }
}
