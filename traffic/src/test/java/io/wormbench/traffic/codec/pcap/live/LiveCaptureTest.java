package io.wormbench.traffic.codec.pcap.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wormbench.traffic.codec.pcap.CaptureSummary;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.StratumMessage;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Live capture on the loopback interface only (the test-bed never sends anything off the host):
 * the test opens {@code lo}, sends a Stratum session and a DNS exchange to 127.0.0.1 itself, and
 * checks the same records a pcap of that traffic decodes to. Skipped only when libpcap is absent
 * or capture is not permitted; CI runs as root with libpcap installed, so there it runs.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
final class LiveCaptureTest {
  private static final int HOME = Ipv4.of(127, 0, 0, 1);

  private static LiveCapture openOrSkip(LiveSettings s) {
    try {
      return LiveCapture.open(s);
    } catch (LiveCaptureException e) {
      Assumptions.assumeTrue(e.reason() != LiveCaptureException.Reason.NO_LIBPCAP
          && e.reason() != LiveCaptureException.Reason.PERMISSION, e.getMessage());
      throw e;
    }
  }

  @Test
  void stratumAndDnsSentToLoopback_decodedAsConnectionsAndProtocolRecords() throws IOException {
    List<Event> events = new ArrayList<>();
    long before;
    long after;
    CaptureSummary summary;
    try (LoopbackTraffic traffic = new LoopbackTraffic()) {
      String filter = "host 127.0.0.1 and (tcp port " + traffic.stratumPort() + " or udp port "
          + LoopbackTraffic.DNS_PORT + ")";
      LiveSettings s = LiveSettings.of("lo", TimeUnit.MILLISECONDS.toMicros(1200))
          .withFilter(filter).withMaxPackets(200);
      try (LiveCapture capture = openOrSkip(s)) {
        before = nowMicros();
        traffic.stratumSession();
        traffic.dnsExchange("pool.minexmr.test", new byte[] {127, 0, 0, 9});
        after = nowMicros();
        capture.forEachRemaining(events::add);
        summary = capture.summary();
      }
    }

    Connection stratum = events.stream().filter(Connection.class::isInstance)
        .map(Connection.class::cast).filter(c -> c.proto() == Transport.TCP).findFirst()
        .orElseThrow(() -> new AssertionError("no TCP connection in " + events));
    assertThat(stratum.id().origH()).isEqualTo(HOME);
    assertThat(stratum.id().respH()).isEqualTo(HOME);
    assertThat(stratum.service()).isEqualTo("stratum");
    assertThat(stratum.state()).isEqualTo(ConnState.SF);
    assertThat(stratum.origBytes()).isEqualTo(LoopbackTraffic.SUBSCRIBE.length());
    assertThat(stratum.respBytes()).isEqualTo(LoopbackTraffic.SUBSCRIBED.length());
    // kernel capture times, converted to microseconds since the epoch
    assertThat(stratum.ts()).isBetween(before - 1_000_000, after);

    assertThat(events).filteredOn(StratumMessage.class::isInstance)
        .map(StratumMessage.class::cast)
        .anySatisfy(m -> {
          assertThat(m.method()).isEqualTo("mining.subscribe");
          assertThat(m.fromOriginator()).isTrue();
          assertThat(m.uid()).isEqualTo(stratum.uid());
          assertThat(m.id().respP()).isEqualTo(stratum.id().respP());
        });

    Connection udp = events.stream().filter(Connection.class::isInstance)
        .map(Connection.class::cast).filter(c -> c.proto() == Transport.UDP).findFirst()
        .orElseThrow(() -> new AssertionError("no UDP connection in " + events));
    assertThat(udp.id().respP()).isEqualTo(LoopbackTraffic.DNS_PORT);
    assertThat(udp.service()).isEqualTo("dns");
    assertThat(udp.state()).isEqualTo(ConnState.SF);
    assertThat(events).filteredOn(DnsQuery.class::isInstance).map(DnsQuery.class::cast)
        .singleElement().satisfies(q -> {
          assertThat(q.query()).isEqualTo("pool.minexmr.test");
          assertThat(q.qtype()).isEqualTo("A");
          assertThat(q.rcode()).isEqualTo("NOERROR");
          assertThat(q.answers()).containsExactly("127.0.0.9");
          assertThat(q.uid()).isEqualTo(udp.uid());
        });

    assertThat(events).extracting(Event::ts).isSorted();
    assertThat(summary.records()).isEqualTo(summary.decoded()).isGreaterThanOrEqualTo(10);
    assertThat(summary.counts()).isEmpty();
    assertThat(summary.format()).contains("link type 1");
  }

  @Test
  void packetBound_stopsAfterThatManyPackets() throws IOException {
    try (LoopbackTraffic traffic = new LoopbackTraffic()) {
      LiveSettings s = LiveSettings.of("lo", TimeUnit.SECONDS.toMicros(5))
          .withFilter("tcp port " + traffic.stratumPort()).withMaxPackets(3);
      try (LiveCapture capture = openOrSkip(s)) {
        long t0 = System.nanoTime();
        traffic.stratumSession();
        capture.forEachRemaining(e -> { });
        // the SYN, SYN-ACK and ACK are enough; the 5 s time bound was not what stopped it
        assertThat(capture.summary().records()).isEqualTo(3);
        assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(4));
      }
    }
  }

  @Test
  void packetsCapturedBeforeTheTimeBound_areReadAfterIt() throws Exception {
    try (LoopbackTraffic traffic = new LoopbackTraffic()) {
      LiveSettings s = LiveSettings.of("lo", TimeUnit.MILLISECONDS.toMicros(1500))
          .withFilter("tcp port " + traffic.stratumPort());
      try (LiveCapture capture = openOrSkip(s)) {
        traffic.stratumSession();
        Thread.sleep(2500); // a reader that falls behind: the bound passes before it reads
        List<Event> events = new ArrayList<>();
        capture.forEachRemaining(events::add);
        assertThat(events).filteredOn(StratumMessage.class::isInstance).isNotEmpty();
        assertThat(capture.summary().records()).isGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void unknownInterface_oneLineNamingTheAvailableOnes() {
    LiveCaptureException e = catchThrowableOfType(LiveCaptureException.class,
        () -> LiveCapture.open(LiveSettings.of("wbnosuch9", 1_000_000)));
    Assumptions.assumeTrue(e.reason() != LiveCaptureException.Reason.NO_LIBPCAP, e.getMessage());
    assertThat(e.reason()).isEqualTo(LiveCaptureException.Reason.NO_INTERFACE);
    assertThat(e.getMessage())
        .startsWith("live capture: interface 'wbnosuch9' not found (available: ")
        .contains("lo").doesNotContain("\n");
    assertThat(e.getStackTrace()).isEmpty();
  }

  @Test
  void invalidFilter_oneLineNamingTheFilter() {
    LiveCaptureException e = catchThrowableOfType(LiveCaptureException.class,
        () -> LiveCapture.open(LiveSettings.of("lo", 1_000_000).withFilter("tcp port banana")));
    Assumptions.assumeTrue(e.reason() != LiveCaptureException.Reason.NO_LIBPCAP
        && e.reason() != LiveCaptureException.Reason.PERMISSION, e.getMessage());
    assertThat(e.reason()).isEqualTo(LiveCaptureException.Reason.BAD_FILTER);
    assertThat(e.getMessage()).startsWith("live capture: bad filter 'tcp port banana': ")
        .doesNotContain("\n");
  }

  @Test
  void noBound_rejected() {
    assertThatThrownBy(() -> new LiveSettings("lo", "", LiveSettings.DEFAULT_SNAPLEN, 0, 0))
        .hasMessage("a live capture needs a packet count or a duration");
  }

  private static long nowMicros() {
    java.time.Instant i = java.time.Instant.now();
    return i.getEpochSecond() * 1_000_000 + i.getNano() / 1000;
  }
}
