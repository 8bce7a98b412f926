package io.wormbench.traffic.event;

/**
 * Derives a plausible Zeek conn.log {@code history} (base/protocols/conn/main.zeek) from what a
 * simulator decides about a connection: its transport, conn_state, payload bytes and packet
 * counts. Letters follow Zeek (originator upper case, responder lower case) in the order a
 * normal exchange produces them; retransmissions, window probes and bad checksums, which
 * Zeek also records, are not derived because the inputs do not say whether they happened.
 */
public final class ConnHistory {
  private ConnHistory() {}

  /** The history letters for a connection with these figures. */
  public static String derive(Transport proto, ConnState state, long origBytes, long respBytes,
      long origPkts, long respPkts) {
    if (proto == Transport.ICMP) {
      return ""; // Zeek keeps no history for ICMP
    }
    if (proto == Transport.UDP) {
      return (origPkts > 0 ? "D" : "") + (respPkts > 0 ? "d" : "");
    }
    String data = (origBytes > 0 ? "D" : "") + (origBytes > 0 && respPkts > 1 ? "a" : "")
        + (respBytes > 0 ? "d" : "");
    return switch (state) {
      case S0 -> "S";
      case REJ -> "Sr";
      case RSTOS0 -> "SR";
      case SH -> "SF";
      case RSTRH -> "Hr";
      case SHR -> "Hf";
      case S1 -> "ShA" + data;
      case SF -> "ShA" + data + "Ff";
      case S2 -> "ShA" + data + "F";
      case S3 -> "ShA" + data + "f";
      case RSTO -> "ShA" + data + "R";
      case RSTR -> "ShA" + data + "r";
      case OTH -> (origPkts > 0 ? (origBytes > 0 ? "D" : "A") : "")
          + (respPkts > 0 ? (respBytes > 0 ? "d" : "a") : "");
    };
  }
}
