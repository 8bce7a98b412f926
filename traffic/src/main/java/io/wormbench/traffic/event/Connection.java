package io.wormbench.traffic.event;

import io.wormbench.traffic.net.Ipv4;
import java.util.Objects;

/**
 * A transport-layer session as in Zeek's conn.log (base/protocols/conn/main.zeek). {@code ts}
 * is the first packet, durations are microseconds, byte counts are application payload bytes
 * as Zeek counts them. ICMP "connections" follow Zeek too: {@code proto} icmp, the message
 * type in {@code origP} and the code in {@code respP} (RFC 792).
 *
 * @param service the application protocol identified (http, ssl, smb, dns, rdp, dce_rpc,
 *     stratum...), empty when unknown
 * @param history Zeek's state history letters (originator upper case, responder lower case:
 *     S SYN, h SYN-ACK, A pure ACK, D/d payload, F/f FIN, R/r RST), empty when none
 * @param missedBytes bytes Zeek saw missing from the TCP streams (content gaps)
 * @param origIpBytes originator bytes counted at the IP layer (headers included)
 * @param respIpBytes responder bytes counted at the IP layer
 * @param localOrig true when the originator lies in the site's local networks
 * @param localResp true when the responder lies in the site's local networks
 */
public record Connection(
    long ts,
    String uid,
    ConnId id,
    Transport proto,
    String service,
    long duration,
    long origBytes,
    long respBytes,
    long origPkts,
    long respPkts,
    ConnState state,
    String history,
    long missedBytes,
    long origIpBytes,
    long respIpBytes,
    boolean localOrig,
    boolean localResp)
    implements Event {
  public Connection {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(proto, "proto");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(history, "history");
  }

  /**
   * A connection whose Zeek-only figures are derived, for sources that decide only the classic
   * eleven fields: {@code history} from {@link ConnHistory#derive}; IP bytes as payload plus
   * 40 bytes per TCP packet (20 IPv4 + 20 TCP, no options) or 28 per UDP/ICMP packet (20 + 8);
   * no missed bytes; {@code local_orig/resp} from {@link Ipv4#isLocal} (RFC 1918 and RFC 6598
   * space, what Zeek's Site::local_nets would hold for a typical enterprise).
   */
  public Connection(long ts, String uid, ConnId id, Transport proto, String service,
      long duration, long origBytes, long respBytes, long origPkts, long respPkts,
      ConnState state) {
    this(ts, uid, id, proto, service, duration, origBytes, respBytes, origPkts, respPkts, state,
        ConnHistory.derive(proto, state, origBytes, respBytes, origPkts, respPkts), 0,
        ipBytes(proto, origBytes, origPkts), ipBytes(proto, respBytes, respPkts),
        Ipv4.isLocal(id.origH()), Ipv4.isLocal(id.respH()));
  }

  /**
   * Marks an update record: a long-lived connection is first reported while still open (its
   * figures so far, {@code ts} its first packet) and its final figures follow, when it ends, as
   * a Connection with the same uid whose history starts with this mark and whose {@code ts} is
   * the time of the update. Counting consumers skip updates; consumers of figures let an
   * update replace the earlier record of its uid. See traffic/SCHEMA.md.
   */
  public static final String UPDATE_MARK = "+";

  /** True when this record updates an earlier one of the same uid ({@link #UPDATE_MARK}). */
  public boolean update() {
    return history.startsWith(UPDATE_MARK);
  }

  /** This connection's figures as an update record stamped {@code at}. */
  public Connection asUpdate(long at) {
    return new Connection(at, uid, id, proto, service, duration, origBytes, respBytes, origPkts,
        respPkts, state, UPDATE_MARK + history, missedBytes, origIpBytes, respIpBytes, localOrig,
        localResp);
  }

  /** Payload plus minimal IPv4 and transport headers per packet. */
  public static long ipBytes(Transport proto, long payload, long packets) {
    return payload + packets * (proto == Transport.TCP ? 40 : 28);
  }

  @Override
  public EventKind kind() {
    return EventKind.CONN;
  }
}
