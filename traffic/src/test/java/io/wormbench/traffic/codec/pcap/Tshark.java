package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs tshark (Wireshark's dissectors) on a capture and collects one field's values. */
final class Tshark {
  private Tshark() {}

  /** The tshark executable on the PATH, or null. */
  static String path() {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(d, "tshark"))) {
        return Path.of(d, "tshark").toString();
      }
    }
    return null;
  }

  /** Every non-blank value of {@code field} in the packets matching {@code filter}. */
  static List<String> values(Path pcap, String filter, String field) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(path(), "-n", "-o", "tcp.check_checksum:TRUE",
        "-o", "udp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE", "-r", pcap.toString(),
        "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=\t", "-e", field));
    if (!filter.isEmpty()) {
      cmd.addAll(List.of("-Y", filter));
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("tshark exit status for %s", cmd).isZero();
    List<String> values = new ArrayList<>();
    for (String line : out.split("\n")) {
      for (String v : line.split("\t")) {
        if (!v.isBlank()) {
          values.add(v.trim());
        }
      }
    }
    return values;
  }
}
