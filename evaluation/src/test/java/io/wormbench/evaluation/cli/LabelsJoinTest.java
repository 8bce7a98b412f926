package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.codec.labels.FlowLabel;
import io.wormbench.traffic.codec.labels.LabelsCsv;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.flow.CommunityId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Decoding a simulated pcap gives new uids, so labels must reach decoded connections through
 * the Community ID: every connection decoded from the pcap of {@code simulate} joins exactly one
 * row of its labels.csv (same Community ID, start within a millisecond), and the attack's
 * flows come back labelled malicious.
 */
class LabelsJoinTest {
  @TempDir Path tmp;

  @Test
  void everyDecodedConnectionOfASimulatedPcap_joinsItsLabel() throws Exception {
    Path out = tmp.resolve("sim");
    CommandLine cl = WormbenchCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("simulate", TestScenarios.file("tiny-pcap").toString(), "--out",
        out.toString(), "--format", "none", "--pcap", out.resolve("traffic.pcap").toString()))
        .as(err.toString()).isZero();
    Map<String, List<FlowLabel>> byCid = new HashMap<>();
    LabelsCsv.read(out.resolve("labels.csv"),
        l -> byCid.computeIfAbsent(l.communityId(), k -> new ArrayList<>()).add(l));
    int decoded = 0;
    int joined = 0;
    int malicious = 0;
    List<String> misses = new ArrayList<>();
    java.util.Set<String> seenUids = new java.util.HashSet<>();
    try (EventSource events = EventFormat.PCAP.open(out.resolve("traffic.pcap"))) {
      while (events.hasNext()) {
        if (!(events.next() instanceof Connection c)) {
          continue;
        }
        if (c.update()) {
          // A long flow's final figures, after its interim record (same uid): not a new
          // connection; the interim record was joined.
          assertThat(seenUids).as("update of an unseen uid " + c.uid()).contains(c.uid());
          continue;
        }
        seenUids.add(c.uid());
        decoded++;
        List<FlowLabel> same = byCid.getOrDefault(CommunityId.of(c), List.of()).stream()
            .filter(l -> Math.abs(l.ts() - c.ts()) <= 1000).toList();
        if (same.size() == 1) {
          joined++;
          malicious += same.get(0).malicious() ? 1 : 0;
        } else if (misses.size() < 5) {
          misses.add(c + " matches " + same.size() + " of " + byCid.getOrDefault(CommunityId.of(c), List.of()));
        }
      }
    }
    Files.delete(out.resolve("traffic.pcap"));
    assertThat(decoded).isGreaterThan(1000);
    assertThat(joined).as("joined of " + decoded + "; first misses: " + misses).isEqualTo(decoded);
    assertThat(malicious).isPositive();
  }
}
