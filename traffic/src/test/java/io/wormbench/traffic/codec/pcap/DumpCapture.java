package io.wormbench.traffic.codec.pcap;

import java.nio.file.Path;

/** Prints the events of a capture; a debugging aid, not a test. */
public final class DumpCapture {
  public static void main(String[] args) {
    try (PcapEventSource s = PcapEventSource.open(Path.of(args[0]))) {
      s.forEachRemaining(System.out::println);
      System.out.println(s.summary().describe());
    } catch (CaptureException e) {
      System.err.println(e.getMessage());
    }
  }
}
