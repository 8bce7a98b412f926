package io.wormbench.traffic.event;

/**
 * Zeek's {@code conn_state} values (see Zeek's base/protocols/conn/main.zeek). Detectors use
 * them to tell scans (S0, REJ) from established sessions (SF, S1, RSTO, RSTR).
 */
public enum ConnState {
  /** Connection attempt seen, no reply. */
  S0,
  /** Established, not terminated. */
  S1,
  /** Normal establishment and termination. */
  SF,
  /** Connection attempt rejected (SYN answered by RST). */
  REJ,
  /** Established, originator attempted close, no reply from responder. */
  S2,
  /** Established, responder attempted close, no reply from originator. */
  S3,
  /** Established, originator aborted (sent a RST). */
  RSTO,
  /** Established, responder aborted. */
  RSTR,
  /** Originator sent a SYN followed by a RST, never saw a SYN-ACK. */
  RSTOS0,
  /** Responder sent a SYN-ACK followed by a RST, never saw a SYN from the originator. */
  RSTRH,
  /** Originator sent a SYN followed by a FIN, never saw a SYN-ACK. */
  SH,
  /** Responder sent a SYN-ACK followed by a FIN, never saw a SYN from the originator. */
  SHR,
  /** No SYN seen, just midstream traffic. */
  OTH;

  /** True when the responder answered and the session carried data or a handshake. */
  public boolean established() {
    return switch (this) {
      case S1, SF, S2, S3, RSTO, RSTR -> true;
      default -> false;
    };
  }
}
