package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code detect} always says what it skipped, by reason, and when nothing decodes the one exit-2
 * line says why (real captures: see src/test/resources/captures/README.md for their facts).
 */
class DetectSkipSummaryTest {
  static final Path CAPTURES = Path.of("src/test/resources/captures");

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int detect(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = Arrays.copyOf(new String[] {"detect"}, args.length + 3);
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--out";
    all[args.length + 2] = tmp.resolve("det").toString();
    return cl.execute(all);
  }

  @Test
  void ipv6OnlyCapture_exitTwo_oneLineSayingIpv6() {
    assertThat(detect(CAPTURES.resolve("ipv6-only.pcap").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("ipv6-only.pcap: no events", "196 records read", "0 packets decoded",
            "196 x IPv6")
        .doesNotContain("not IP");
  }

  @Test
  void arpOnlyCapture_exitTwo_saysNotIp() {
    assertThat(detect(CAPTURES.resolve("arp-only.pcap").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("arp-only.pcap: no events", "90 x not IP");
  }

  @Test
  void capturesWithSomeSkipped_summaryByReasonOnStderr() {
    assertThat(detect(CAPTURES.resolve("wikipedia.pcap").toString())).as(err.toString())
        .isZero();
    // 136 frames: 121 IPv4, 5 IPv6, 6 ARP and 4 STP (tshark)
    assertThat(err.toString()).contains("136 records", "121 packets decoded", "5 x IPv6",
        "10 x not IP");
  }

  @Test
  void truncatedLastRecord_exitTwo_saysTruncated() throws Exception {
    byte[] whole = Files.readAllBytes(CAPTURES.resolve("ipv6-only.pcap"));
    Path cut = tmp.resolve("cut.pcap");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 10));
    assertThat(detect(cut.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("cut.pcap: no events", "195 x IPv6", "1 x truncated record");
  }

  @Test
  void unknownLinkType_exitTwo_saysUnsupportedLinkType() throws Exception {
    byte[] pcap = Files.readAllBytes(CAPTURES.resolve("arp-only.pcap"));
    ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN).putInt(20, 147); // LINKTYPE_USER0
    Path user = tmp.resolve("user0.pcap");
    Files.write(user, pcap);
    assertThat(detect(user.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("user0.pcap: no events", "x unsupported link type");
  }

  @Test
  void zeekConnLogOfIpv6Rows_exitTwo_countsThem() throws Exception {
    Path log = tmp.resolve("conn.log");
    Files.writeString(log, HEADER + row("2001:db8::1", "2001:db8::2")
        + row("fe80::1", "ff02::1:3"));
    assertThat(detect(log.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("conn.log: no events", "2 rows skipped", "2 IPv6", "first at line 9");
  }

  @Test
  void zeekConnLogMixed_ipv6RowsCountedOnStderr() throws Exception {
    Path log = tmp.resolve("conn.log");
    Files.writeString(log, HEADER + row("10.0.0.1", "10.0.0.2") + row("2001:db8::1", "::1")
        + row("10.0.0.3", "10.0.0.2"));
    assertThat(detect(log.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("2 events");
    assertThat(err.toString()).contains("conn.log: 1 row skipped: 1 IPv6", "first at line 10");
  }

  static final String HEADER = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n"
      + "#unset_field\t-\n#path\tconn\n#open\t2021-09-29-11-39-42\n"
      + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration"
      + "\torig_bytes\tresp_bytes\tconn_state\torig_pkts\tresp_pkts\n"
      + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount"
      + "\tstring\tcount\tcount\n";
  private int rows;

  private String row(String orig, String resp) {
    rows++;
    return "1632915582." + rows + "\tC" + rows + "\t" + orig + "\t5000\t" + resp
        + "\t445\ttcp\tsmb\t1.5\t10\t20\tSF\t3\t4\n";
  }
}
