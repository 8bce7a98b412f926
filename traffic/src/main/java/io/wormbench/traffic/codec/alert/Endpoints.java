package io.wormbench.traffic.codec.alert;

import io.wormbench.traffic.net.Ipv4;
import java.util.function.IntPredicate;

/**
 * The entity rule for third-party alerts (SCORING.md "Alerts from other tools"): an alert is
 * about its internal endpoint. When exactly one of source and destination is internal, that
 * one is the alert's host and the other its peer; when both are internal, or neither is, the
 * source is the host, because the source is the acting side in every signature family that
 * matters here (a scan, a brute force, a transfer, a miner's login) and a detector that names
 * only one address names its source.
 */
public final class Endpoints {
  private Endpoints() {}

  /** {@code {host, peer}} of an alert between {@code src} and {@code dst}. */
  public static int[] entity(int src, int dst, IntPredicate internal) {
    boolean srcIn = src != Ipv4.NONE && internal.test(src);
    boolean dstIn = dst != Ipv4.NONE && internal.test(dst);
    if (!srcIn && dstIn) {
      return new int[] {dst, src};
    }
    if (src == Ipv4.NONE) {
      return new int[] {dst, Ipv4.NONE};
    }
    return new int[] {src, dst};
  }
}
