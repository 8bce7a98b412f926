/**
 * Packet captures as Wormbench events and back, in pure Java (no libpcap). Entry points:
 * {@link io.wormbench.traffic.codec.pcap.PcapEventSource#open(java.nio.file.Path)} reads a
 * classic pcap or pcapng file into Zeek-like Connection and protocol records, with a
 * {@link io.wormbench.traffic.codec.pcap.CaptureSummary} of what was skipped and where;
 * {@link io.wormbench.traffic.codec.pcap.write.PcapWriter} renders an event stream as packets;
 * {@link io.wormbench.traffic.codec.pcap.bench.PcapBenchmark} measures both. Sub-packages:
 * {@code file} (record readers), {@code flow} (flow assembly, TCP reassembly, timeouts),
 * {@code proto} (application decoders), {@code write} (packet rendering), {@code bench}.
 */
package io.wormbench.traffic.codec.pcap;
