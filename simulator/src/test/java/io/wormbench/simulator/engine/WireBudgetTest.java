package io.wormbench.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.time.Micros;
import org.junit.jupiter.api.Test;

class WireBudgetTest {
  private static final ConnId ID = new ConnId(1, 50_000, 2, 445);

  private static Connection conn(WireBudget b, long duration, long ob, long rb, long op, long rp,
      ConnState state) {
    return b.connection(0, "C1", ID, "smb", duration, ob, rb, op, rp, state);
  }

  @Test
  void smbLogonWithTinyFigures_raisedToThreeMessagesEachWayPlusHandshakeAndFin() {
    Connection c = conn(new WireBudget().smbLogon("CORP", "alice", "WS0001"), 3_000, 10, 10, 1, 1,
        ConnState.SF);
    // NEGOTIATE, two SESSION_SETUPs each way; SYN / SYN-ACK, one filler slack segment, FIN
    assertThat(c.origBytes()).isGreaterThanOrEqualTo(108 + 166 + 256 + 2 * (4 + 5 + 6));
    assertThat(c.respBytes()).isGreaterThanOrEqualTo(162 + 167 + 4 * 4 + 77);
    assertThat(c.origPkts()).isEqualTo(1 + 3 + 1 + 1);
    assertThat(c.respPkts()).isEqualTo(1 + 3 + 1 + 1);
  }

  @Test
  void wantedFiguresAboveTheNeed_keptAsGiven() {
    Connection c = conn(new WireBudget().rdpConnect("admin"), 3_000, 90_000, 800_000, 500, 900,
        ConnState.SF);
    assertThat(c.origBytes()).isEqualTo(90_000);
    assertThat(c.respBytes()).isEqualTo(800_000);
    assertThat(c.origPkts()).isEqualTo(500);
    assertThat(c.respPkts()).isEqualTo(900);
  }

  @Test
  void bulkRead_countsOneSegmentPerMssOfEveryChunk() {
    long size = 10L << 20;
    Connection c = conn(new WireBudget().smbLogon("D", "u", "h").smbTree("\\\\FS\\backup")
        .smbFile(SmbFileAccess.Action.READ, "disk.vhdx", size), 60_000, 0, 0, 0, 0,
        ConnState.SF);
    assertThat(c.respBytes()).isGreaterThan(size);
    // 160 chunks of 64 KiB: each a READ response head plus ceil((65536 - 16) / 1460) segments
    assertThat(c.respPkts()).isGreaterThanOrEqualTo(160 * (1 + 45L));
    assertThat(c.origPkts()).isGreaterThanOrEqualTo(160);
  }

  @Test
  void longQuietSession_reservesOneAckPerKeepAliveInterval() {
    long hour = Micros.HOUR;
    Connection shortOne = conn(new WireBudget().tlsHello("a.example"), 1_000, 0, 0, 0, 0,
        ConnState.SF);
    Connection longOne = conn(new WireBudget().tlsHello("a.example"), hour, 0, 0, 0, 0,
        ConnState.SF);
    assertThat(longOne.origPkts() - shortOne.origPkts()).isEqualTo(hour / (2 * Micros.MINUTE) + 1);
  }

  @Test
  void resetByOriginator_hasNoResponderFin() {
    Connection sf = conn(new WireBudget().eptMap(), 1_000, 0, 0, 0, 0, ConnState.SF);
    Connection rsto = conn(new WireBudget().eptMap(), 1_000, 0, 0, 0, 0, ConnState.RSTO);
    assertThat(rsto.origPkts()).isEqualTo(sf.origPkts());
    assertThat(rsto.respPkts()).isEqualTo(sf.respPkts() - 1);
  }
}
