package io.wormbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.scenario.Scenario;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.time.Micros;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers, the claim README makes for paired comparisons: for one seed, the
 * benign traffic of two scenarios on the same network is the same, event for event, until the
 * attack starts changing the world (tiny-incident's worm starts 1 h after its 12 h learning
 * period; tiny-benign is the same file without the attack). So scenario A and B compared on
 * seed n differ by the attack alone, and a model trained on seed n's traffic must be tested on
 * another seed, never on seed n of another scenario.
 */
class CommonRandomNumbersTest {
  private static List<Event> before(String scenario, long seed, long until) {
    Scenario s = Scenario.load(TestScenarios.file(scenario));
    List<Event> out = new ArrayList<>();
    try (EventSource events = Simulator.start(s.simulation(), seed).events()) {
      while (events.hasNext()) {
        Event e = events.next();
        if (e.ts() >= until) {
          break;
        }
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void sameSeedTwoScenarios_benignEventsBeforeTheAttack_identical() {
    Scenario attack = Scenario.load(TestScenarios.file("tiny-incident"));
    long attackStart = attack.simulation().learningEnd() + Micros.HOUR;
    List<Event> withWorm = before("tiny-incident", 2, attackStart);
    List<Event> benign = before("tiny-benign", 2, attackStart);
    assertThat(withWorm).hasSizeGreaterThan(10_000);
    assertThat(withWorm).isEqualTo(benign);
  }

  @Test
  void otherSeed_givesOtherTraffic() {
    long until = Scenario.load(TestScenarios.file("tiny-benign")).simulation().start() + Micros.HOUR;
    assertThat(before("tiny-benign", 1, until)).isNotEqualTo(before("tiny-benign", 2, until));
  }
}
