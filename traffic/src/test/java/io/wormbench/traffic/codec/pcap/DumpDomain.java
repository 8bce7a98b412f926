package io.wormbench.traffic.codec.pcap;

import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Path;

/** Writes a Windows-domain capture for manual inspection: {@code DumpDomain OUT.pcap}. */
final class DumpDomain {
  private DumpDomain() {}

  public static void main(String[] args) {
    PcapWriter.write(EventSource.of(DomainTraffic.generate(7, 80)), Path.of(args[0]));
  }
}
