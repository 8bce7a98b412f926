package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.NtlmAuth;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DCE/RPC on real captures from Zeek's test traces (src/test/resources/.../captures/README.md
 * gives their source, licence and what tshark and Zeek's baselines show): NTLMSSP logons inside
 * rpc_auth_3 and the operation names of nspi, exchange_mapi and drsuapi.
 */
class DceRpcRealCaptureTest {
  static Path resource(String name) {
    try {
      return Path.of(DceRpcRealCaptureTest.class.getResource("/io/wormbench/traffic/captures/"
          + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Event> events(String name) {
    return Captures.events(resource(name));
  }

  private static List<String> calls(List<Event> events) {
    return Captures.of(events, DceRpcCall.class).stream()
        .map(c -> c.id().respP() + " " + c.endpoint() + " " + c.operation()).toList();
  }

  @Test
  void mapiCapture_ntlmLogonsInsideRpcAuth3_asZeekLogsThem() {
    List<Event> events = events("mapi-rpc.pcap");
    // Zeek's ntlm.log baseline: ALeonard of CNAMIS from ALEONARD-XP, to ports 1032 and 4997;
    // tshark: rpc_auth_3 with NTLMSSP_AUTH in frames 417 and 714, answered by responses
    List<NtlmAuth> logons = Captures.of(events, NtlmAuth.class);
    assertThat(logons).extracting(a -> a.id().respP() + " " + a.domain() + "\\" + a.user()
        + " " + a.hostname() + " " + a.success())
        .containsExactly("4997 CNAMIS\\ALeonard ALEONARD-XP true",
            "1032 CNAMIS\\ALeonard ALEONARD-XP true");
    RealCaptureTest.assertTimeOrderedAndLinked(events);
  }

  @Test
  void mapiCapture_operationNames_asTsharkShowsTheRequests() {
    // tshark, requests in order: epm opnum 3, nspi 0 twice, epm 2, epm 3, then on 1032 mapi
    // opnums 0, 2, 2, 2, 2, 4, 2 (Zeek's dce_rpc.log names the same interfaces and operations)
    assertThat(calls(events("mapi-rpc.pcap"))).containsExactly("135 epmapper ept_map",
        "4997 nspi NspiBind", "4997 nspi NspiBind", "135 epmapper ept_lookup",
        "135 epmapper ept_map", "1032 exchange_mapi EcDoConnect", "1032 exchange_mapi EcDoRpc",
        "1032 exchange_mapi EcDoRpc", "1032 exchange_mapi EcDoRpc", "1032 exchange_mapi EcDoRpc",
        "1032 exchange_mapi EcRRegisterPushNotification", "1032 exchange_mapi EcDoRpc");
  }

  @Test
  void domainJoin_drsuapiOperationNames() {
    // tshark: DsBind (0), DsCrackNames (12), DsUnbind (1) on DRSUAPI
    assertThat(calls(events("cs_window7-join_stream092.pcap")))
        .containsExactly("1024 drsuapi DRSBind", "1024 drsuapi DRSCrackNames",
            "1024 drsuapi DRSUnbind");
  }
}
