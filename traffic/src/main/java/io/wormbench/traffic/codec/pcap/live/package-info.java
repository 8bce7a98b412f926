/**
 * Live capture from a network interface through Pcap4J (libpcap), fed packet by packet into the
 * same {@link io.wormbench.traffic.codec.pcap.flow.FlowAssembler} and protocol decoders that read
 * capture files, so a live run yields exactly the events a pcap of the same traffic would.
 * Entry point: {@link io.wormbench.traffic.codec.pcap.live.LiveCapture#open(LiveSettings)}.
 * This is the only package that needs libpcap at run time; nothing else in
 * {@code codec.pcap} loads it, so reading and writing files stays pure Java.
 */
package io.wormbench.traffic.codec.pcap.live;
