package io.wormbench.traffic.codec.pcap.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without libpcap a live capture fails with one line naming the fix, and capture files still
 * read. A child JVM is used because Pcap4J binds libpcap once per JVM; its library name is
 * pointed at one that does not exist, which JNA reports exactly as a missing libpcap.
 */
final class NoLibpcapTest {
  @Test
  void libpcapMissing_liveSaysSoInOneLine_filesStillRead(@TempDir Path dir) throws Exception {
    Path pcap = dir.resolve("empty.pcap");
    ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(65535).putInt(1);
    Files.write(pcap, h.array());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(),
        "-Dorg.pcap4j.core.pcapLibName=wormbench-no-such-pcap",
        "-cp", System.getProperty("java.class.path"), NoLibpcapMain.class.getName(),
        pcap.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    List<String> lines = lines(p);
    assertThat(lines).contains("NO_LIBPCAP|live capture: libpcap is not installed or cannot be "
        + "loaded (Debian: apt-get install libpcap0.8); reading and writing capture files needs "
        + "no native library", "file events 0");
    assertThat(lines).noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
  }

  private static List<String> lines(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
  }
}
