package io.wormbench.traffic.alert;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a detector says: at {@code ts} the {@code host} looks compromised, with a score in
 * [0, 1] that evaluation sweeps thresholds over. {@code peer} is the other side of the
 * suspicious activity, or {@link io.wormbench.traffic.net.Ipv4#NONE}.
 *
 * @param technique the MITRE ATT&CK technique id the detector looks for (T1110.001, ...)
 * @param evidence a sentence a SOC analyst understands ("14 failed NTLM logons to 6 hosts
 *     with 9 user names in 10 min")
 */
public record Alert(String detector, long ts, int host, int peer, double score, String technique,
    String evidence) implements Serializable {
  public Alert {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(technique, "technique");
    Objects.requireNonNull(evidence, "evidence");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0,1]: " + score + " from " + detector);
    }
  }
}
