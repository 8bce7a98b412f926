package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Event;

/** What a protocol decoder sees of its connection: identity, an event sink and the skip log. */
public interface FlowContext {
  /** The connection's Zeek-style uid. */
  String uid();

  /** The connection's addresses and ports, originator first. */
  ConnId id();

  /** Queues a protocol record; its ts must not precede the connection's first packet. */
  void emit(Event event);

  /** The capture's skip log, for malformed application messages. */
  SkipLog log();

  /** Byte offset in the file of the packet being decoded. */
  long offset();
}
