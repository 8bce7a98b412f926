package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz reproducers of pcap decoding (../shared/fuzz-repro) decode as tshark shows them. */
class FuzzReproducerTest {

  /**
   * tshark: frame 2 is one SMB2 request (command 0x1F) whose Chain Offset 0x93a0edee is beyond
   * the message, so it is the last command; the connection is SMB and nothing is malformed.
   */
  @Test
  void smb2NextCommandAboveTwoToThe31_endsTheChainWithoutStoppingTheDecoder() {
    List<Event> events = new ArrayList<>();
    CaptureSummary summary;
    try (PcapEventSource s = PcapEventSource.open(
        Captures.fuzzRepro("03-smb2-nextcommand-negative-index.pcap"))) {
      s.forEachRemaining(events::add);
      summary = s.summary();
    }
    assertThat(summary.count(SkipLog.APP_MALFORMED)).isZero();
    assertThat(Captures.of(events, Connection.class)).extracting(Connection::service)
        .containsExactly("smb");
  }
}
