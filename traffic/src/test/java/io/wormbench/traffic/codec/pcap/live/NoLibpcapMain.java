package io.wormbench.traffic.codec.pcap.live;

import io.wormbench.traffic.codec.pcap.PcapEventSource;
import java.nio.file.Path;

/**
 * Run in a child JVM whose Pcap4J is pointed at a library that does not exist: prints what a
 * live capture says, then proves a capture file still reads (argument: its path).
 */
final class NoLibpcapMain {
  private NoLibpcapMain() {}

  public static void main(String[] args) {
    try {
      LiveCapture.open(LiveSettings.of("lo", 1_000_000)).close();
      System.out.println("opened");
    } catch (LiveCaptureException e) {
      System.out.println(e.reason() + "|" + e.getMessage());
    }
    long n = 0;
    try (PcapEventSource src = PcapEventSource.open(Path.of(args[0]))) {
      while (src.hasNext()) {
        src.next();
        n++;
      }
    }
    System.out.println("file events " + n);
  }
}
