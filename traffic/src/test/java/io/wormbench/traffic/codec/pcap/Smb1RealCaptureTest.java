package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbTreeConnect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SMB1 on a real capture from Zeek's test traces, raw_ntlm_in_smb.pcap (a macOS client
 * browsing a Windows share; facts from tshark in src/test/resources/.../captures/README.md):
 * the same event types as SMB2.
 */
class Smb1RealCaptureTest {
  private final List<Event> events = DceRpcRealCaptureTest.events("raw_ntlm_in_smb.pcap");

  @Test
  void sessionSetupWithNtlmssp_givesTheLogon() {
    // tshark frame 22: NTLMSSP_AUTH, User: TEST-F7DFBC3FE9\test, host BABYBOOK; frame 23 status 0
    assertThat(Captures.of(events, NtlmAuth.class)).extracting(a -> a.domain() + "\\"
        + a.user() + "@" + a.hostname() + " " + a.success())
        .containsExactly("TEST-F7DFBC3FE9\\test@BABYBOOK true");
  }

  @Test
  void treeConnectAndX_givesPathAndShareType() {
    // tshark: Tree Connect AndX to IPC$ (service IPC) three times, MY PICTURES (service A:) once
    assertThat(Captures.of(events, SmbTreeConnect.class)).extracting(t -> t.path() + " "
        + t.shareType()).containsExactly("\\\\192.168.56.101\\IPC$ PIPE",
            "\\\\192.168.56.101\\MY PICTURES DISK", "\\\\192.168.56.101\\IPC$ PIPE",
            "\\\\192.168.56.101\\IPC$ PIPE");
  }

  @Test
  void transactionsOnNamedPipes_carryDceRpc() {
    // tshark: NetShareEnumAll (opnum 15) on \srvsvc; lsa_GetUserName (45), lsa_OpenPolicy2
    // (44), lsa_LookupNames (14), lsa_Close (0) on \lsarpc, each in a TransactNmPipe
    assertThat(Captures.of(events, DceRpcCall.class)).extracting(c -> c.endpoint() + " "
        + c.operation()).containsExactly("srvsvc NetrShareEnum", "lsarpc LsarGetUserName",
            "lsarpc LsarOpenPolicy2", "lsarpc LsarLookupNames", "lsarpc LsarClose");
    assertThat(Captures.of(events, Connection.class))
        .filteredOn(c -> c.id().respP() == 445 && c.service().equals("smb")).hasSize(1);
    RealCaptureTest.assertTimeOrderedAndLinked(events);
  }
}
