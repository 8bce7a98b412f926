package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.net.Ipv4;
import java.util.Objects;

/**
 * The flow an alert is about, as far as the tool said: its Community ID, its Zeek uid, and its
 * 5-tuple (addresses and ports as the tool wrote them, {@code proto} the IANA number). Each
 * part may be absent: empty strings, {@link Ipv4#NONE} addresses, port -1, proto 0. Scoring
 * uses the strongest key present (SCORING.md "Flow level").
 */
public record FlowKey(String communityId, String uid, int src, int sport, int dst, int dport,
    int proto) {
  /** No flow key at all: the alert is scored at host level only. */
  public static final FlowKey NONE = new FlowKey("", "", Ipv4.NONE, -1, Ipv4.NONE, -1, 0);

  public FlowKey {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(uid, "uid");
  }

  /** True when the tool named the flow in any way. */
  public boolean present() {
    return !communityId.isEmpty() || !uid.isEmpty() || hasTuple();
  }

  /** True when both endpoints and both ports are known. */
  public boolean hasTuple() {
    return src != Ipv4.NONE && dst != Ipv4.NONE && sport >= 0 && dport >= 0;
  }
}
