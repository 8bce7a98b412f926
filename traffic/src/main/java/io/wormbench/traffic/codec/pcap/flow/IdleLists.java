package io.wormbench.traffic.codec.pcap.flow;

import io.wormbench.traffic.time.Micros;
import java.util.function.Consumer;

/**
 * Idle timeouts of open flows, one intrusive list per timeout class with Zeek's defaults:
 * udp_inactivity_timeout 1 min, tcp_inactivity_timeout 5 min, and tcp_close_delay /
 * tcp_reset_delay 5 s once a connection is closed or reset (base/init-bare.zeek).
 */
final class IdleLists {
  static final int UDP = 0;
  static final int TCP_OPEN = 1;
  static final int TCP_CLOSED = 2;
  static final long UDP_IDLE = Micros.MINUTE;
  static final long TCP_IDLE = 5 * Micros.MINUTE;
  static final long CLOSE_DELAY = 5 * Micros.SECOND;

  private final Flow[] head = new Flow[3];
  private final Flow[] tail = new Flow[3];
  private final Consumer<Flow> end;

  /** @param end called for each flow whose timeout expired; it must {@link #unlink} it */
  IdleLists(Consumer<Flow> end) {
    this.end = end;
  }

  /**
   * Puts the flow on the idle list of its timeout class. Lists are ordered by the time a flow
   * was linked, not by its last packet: a busy flow is only moved to the tail when it reaches
   * the head (second chance), so the per-packet cost is one comparison.
   */
  void touch(Flow f, int list) {
    if (f.idleList == list) {
      return;
    }
    if (f.idleList >= 0) {
      unlink(f);
    }
    link(f, list);
  }

  private void link(Flow f, int list) {
    f.idleList = list;
    f.linked = f.last;
    f.idlePrev = tail[list];
    f.idleNext = null;
    if (tail[list] == null) {
      head[list] = f;
    } else {
      tail[list].idleNext = f;
    }
    tail[list] = f;
  }

  /** Takes the flow off its list (when it ends). */
  void unlink(Flow f) {
    int l = f.idleList;
    if (f.idlePrev == null) {
      head[l] = f.idleNext;
    } else {
      f.idlePrev.idleNext = f.idleNext;
    }
    if (f.idleNext == null) {
      tail[l] = f.idlePrev;
    } else {
      f.idleNext.idlePrev = f.idlePrev;
    }
    f.idlePrev = null;
    f.idleNext = null;
    f.idleList = -1;
  }

  /** Ends every flow idle beyond its timeout at capture time {@code ts}. */
  void expire(long ts) {
    expireList(UDP, ts - UDP_IDLE);
    expireList(TCP_OPEN, ts - TCP_IDLE);
    expireList(TCP_CLOSED, ts - CLOSE_DELAY);
  }

  private void expireList(int list, long before) {
    Flow f;
    while ((f = head[list]) != null && f.linked < before) {
      if (f.last < before) {
        end.accept(f);
      } else {
        unlink(f);
        link(f, list);
      }
    }
  }
}
