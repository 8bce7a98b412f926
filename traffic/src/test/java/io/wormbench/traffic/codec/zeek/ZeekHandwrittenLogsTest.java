package io.wormbench.traffic.codec.zeek;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.net.Ipv4;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZeekHandwrittenLogsTest {
  private static final ConnId SMB =
      new ConnId(Ipv4.parse("192.168.10.31"), 49239, Ipv4.parse("192.168.10.30"), 445);
  private static final String UID = "C6HQVsDf8VCu0XTJe";

  private static Path logs() throws Exception {
    return Path.of(ZeekHandwrittenLogsTest.class.getResource("handwritten/ntlm.log").toURI())
        .getParent();
  }

  @Test
  void zeekStyleLogsOfEveryProtocol_readInTimeOrder() throws Exception {
    try (ZeekEventSource s = ZeekEventSource.open(logs())) {
      List<Event> events = ZeekReadTest.readAll(s);
      assertThat(events).containsExactly(
          new TlsHandshake(1_600_266_000_000_000L, "Cssl1",
              new ConnId(Ipv4.parse("192.168.10.31"), 50001, Ipv4.parse("198.51.100.3"), 443),
              "update.example.com", "TLSv12"),
          new HttpTransaction(1_600_266_100_000_000L, "Chttp1",
              new ConnId(Ipv4.parse("192.168.10.31"), 50000, Ipv4.parse("203.0.113.9"), 80),
              "GET", "203.0.113.9", "/a.exe", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", 200,
              "application/x-dosexec", 529_000),
          new NtlmAuth(1_600_266_221_001_000L, UID, SMB, "CORP", "administrator", "ADMIN-PC",
              false),
          new NtlmAuth(1_600_266_221_002_000L, UID, SMB, "CORP", "backup", "", true),
          new SmbTreeConnect(1_600_266_221_005_323L, UID, SMB, "\\\\admin-pc\\ADMIN$", "DISK"),
          new SmbTreeConnect(1_600_266_221_005_400L, UID, SMB, "\\\\admin-pc\\IPC$", "PIPE"),
          new SmbFileAccess(1_600_266_221_006_000L, UID, SMB, SmbFileAccess.Action.OPEN,
              "\\\\admin-pc\\ADMIN$", "PSEXESVC.exe", 0),
          new SmbFileAccess(1_600_266_221_007_000L, UID, SMB, SmbFileAccess.Action.WRITE,
              "\\\\admin-pc\\ADMIN$", "x7fq.exe", 73_802),
          new DceRpcCall(1_600_266_221_009_000L, UID, SMB, "svcctl", "CreateServiceW",
              "\\pipe\\svcctl"),
          new RdpConnect(1_600_266_300_000_000L, "Crdp1",
              new ConnId(Ipv4.parse("192.168.10.31"), 49300, Ipv4.parse("192.168.10.40"), 3389),
              "A70067", "encrypted", "HYBRID"));
      assertThat(s.skipped()).as("the SMB::FILE_CLOSE row").isEqualTo(1);
    }
  }
}
