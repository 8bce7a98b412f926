package io.wormbench.evaluation.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flow-level counts (SCORING.md "Flow level") of one detector's alerts at the operating point:
 * alerts naming a resolvable flow, those whose flow belongs to an attack step, the distinct
 * attack flows they hit, and the infected hosts with such an alert. Undefined (NaN) for a
 * detector none of whose alerts names a flow, rather than a misleading 0.
 */
record FlowCounts(boolean defined, int keyed, int trueAlerts, int flowsHit, int attackFlows,
    int hostsHit, int infected) {

  static FlowCounts of(List<ScoredAlert> atThreshold, boolean anyKey, int attackFlows,
      Set<Integer> infectedHosts) {
    int keyed = 0;
    int tp = 0;
    Set<String> flows = new HashSet<>();
    Set<Integer> hosts = new HashSet<>();
    for (ScoredAlert a : atThreshold) {
      if (!a.scored() || a.flow() == FlowVerdict.NONE) {
        continue;
      }
      keyed++;
      if (a.flow() == FlowVerdict.TP) {
        tp++;
        flows.add(a.flowUid());
        if (infectedHosts.contains(a.alert().host())) {
          hosts.add(a.alert().host());
        }
      }
    }
    return new FlowCounts(anyKey, keyed, tp, flows.size(), attackFlows, hosts.size(),
        infectedHosts.size());
  }

  /** Flow-level true alerts over alerts naming a flow. */
  double precision() {
    return !defined || keyed == 0 ? Double.NaN : (double) trueAlerts / keyed;
  }

  /** Distinct attack flows alerted on over the truth's attack flows. */
  double recall() {
    return !defined || attackFlows == 0 ? Double.NaN : (double) flowsHit / attackFlows;
  }

  /** Infected hosts with a flow-level true alert over infected hosts. */
  double hostRecall() {
    return !defined || infected == 0 ? Double.NaN : (double) hostsHit / infected;
  }
}
