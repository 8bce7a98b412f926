package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.HttpTransaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HTTP response details on real captures from Zeek's test traces (facts in
 * src/test/resources/.../captures/README.md): the Content-Disposition file name, and a body
 * cut by a hole in the stream flagged as truncated, against the same download captured whole.
 */
class HttpRealCaptureTest {
  private static HttpTransaction only(String capture) {
    List<HttpTransaction> h = Captures.of(DceRpcRealCaptureTest.events(capture),
        HttpTransaction.class);
    assertThat(h).hasSize(1);
    return h.get(0);
  }

  @Test
  void contentDisposition_givesTheFileName_asZeekResp_filenames() {
    HttpTransaction h = only("http-filename.pcap");
    assertThat(h.respFilename()).isEqualTo("test.json");
    assertThat(h.respBodyLen()).isEqualTo(191);
    assertThat(h.respTruncated()).isFalse();
  }

  @Test
  void bodyWithALostSegment_flaggedTruncated() {
    // Content-Length 4705; 1146 body bytes arrive before the lost 1448-byte segment, after it
    // the stream is not reassembled, so the remaining 3559 count as missing
    HttpTransaction h = only("entity_gap.pcap");
    assertThat(h.respBodyLen()).isEqualTo(1146);
    assertThat(h.respMissingBytes()).isEqualTo(4705 - 1146);
    assertThat(h.respTruncated()).isTrue();
    assertThat(h.respFilename()).isEmpty();
  }

  @Test
  void sameDownloadComplete_notTruncated() {
    HttpTransaction h = only("get-without-fins.pcap");
    assertThat(h.respBodyLen()).isEqualTo(4705);
    assertThat(h.respTruncated()).isFalse();
    assertThat(h.respMimeType()).isEqualTo("text/plain");
  }
}
