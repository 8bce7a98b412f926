package io.wormbench.traffic.codec.pcap.proto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {
  @Test
  void quotedTokenAndExtendedForms_giveTheName() {
    assertThat(ContentDisposition.filename("attachment; filename=\"test.json\""))
        .isEqualTo("test.json");
    assertThat(ContentDisposition.filename("attachment; filename=setup.exe")).isEqualTo("setup.exe");
    assertThat(ContentDisposition.filename("attachment;filename=\"a \\\"b\\\".txt\""))
        .isEqualTo("a \"b\".txt");
    // RFC 6266 section 5: filename* wins over filename
    assertThat(ContentDisposition.filename(
        "attachment; filename=\"EURO rates\"; filename*=utf-8''%e2%82%ac%20rates"))
        .isEqualTo("\u20ac rates");
  }

  @Test
  void pathsReducedToLastSegment_noNameGivesEmpty() {
    assertThat(ContentDisposition.filename("attachment; filename=\"..\\\\..\\\\x7fq.exe\""))
        .isEqualTo("x7fq.exe");
    assertThat(ContentDisposition.filename("attachment; filename=/etc/passwd")).isEqualTo("passwd");
    assertThat(ContentDisposition.filename("inline")).isEmpty();
    assertThat(ContentDisposition.filename("attachment; filename*=bogus")).isEmpty();
    assertThat(ContentDisposition.filename("attachment; filename*=nosuchcs''%41")).isEqualTo("A");
    assertThat(ContentDisposition.filename(";=;;filename=\"unterminated")).isEqualTo("unterminated");
  }

  @Test
  void magic_onlyBinarySignatures() {
    assertThat(Mime.magic(Mime.sample("application/x-dosexec"), 10))
        .isEqualTo("application/x-dosexec");
    assertThat(Mime.magic(Mime.sample("application/x-executable"), 4))
        .isEqualTo("application/x-executable");
    assertThat(Mime.magic(Mime.sample("application/zip"), 4)).isEqualTo("application/zip");
    assertThat(Mime.magic(Mime.sample("application/pdf"), 4)).isEqualTo("application/pdf");
    assertThat(Mime.magic(new byte[16], 16)).isEmpty();
    assertThat(Mime.magic("hello".getBytes(), 5)).isEmpty();
    assertThat(Mime.sniff("hello".getBytes(), 5)).isEqualTo("text/plain");
  }
}
