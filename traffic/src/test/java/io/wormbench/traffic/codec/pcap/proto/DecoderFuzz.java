package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Event;

/**
 * Feeds one application decoder the way flow assembly does, from a fuzz input framed as
 * records of {@code [flags][length: 2 bytes, big-endian][payload]}: flags bit 0 set means the
 * responder's direction, bit 1 a stream gap instead of data. {@link AppDecoder}'s contract is
 * to tolerate any bytes without throwing, so for the decoder targets any throwable is a crash
 * (stricter than the readers' rule in {@code FuzzHarness}).
 */
final class DecoderFuzz {
  private static final long START = 1_772_380_800_000_000L;

  private DecoderFuzz() {}

  /** Runs {@code decoder} over the framed records of {@code data}. */
  static void feed(AppDecoder decoder, byte[] data) {
    Context f = new Context();
    long ts = START;
    int i = 0;
    while (i + 3 <= data.length && !decoder.done()) {
      int flags = data[i];
      int len = Math.min((data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff), data.length - i - 3);
      boolean fromOrig = (flags & 1) == 0;
      if ((flags & 2) != 0) {
        decoder.gap(f, fromOrig);
      } else {
        decoder.data(f, fromOrig, ts, data, i + 3, len);
      }
      i += 3 + len;
      ts += 1000;
    }
    decoder.end(f);
  }

  /** A connection 10.20.0.17:50627 -> 10.10.0.2:445 whose events are counted and dropped. */
  private static final class Context implements FlowContext {
    private final SkipLog log = new SkipLog();
    private final ConnId id = new ConnId(0x0a140011, 50627, 0x0a0a0002, 445);
    long events;

    @Override
    public String uid() {
      return "CFuzz";
    }

    @Override
    public ConnId id() {
      return id;
    }

    @Override
    public void emit(Event event) {
      events++;
    }

    @Override
    public SkipLog log() {
      return log;
    }

    @Override
    public long offset() {
      return 0;
    }
  }
}
