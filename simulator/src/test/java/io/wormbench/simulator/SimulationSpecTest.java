package io.wormbench.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.spec.SpecException;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.time.Micros;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SimulationSpecTest {
  private static SpecException error(String yaml) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> SimulationSpec.from(SpecReader.read("bad.yaml", yaml)));
    assertThat(t).isInstanceOf(SpecException.class);
    return (SpecException) t;
  }

  @Test
  void misspeltNetworkField_namesFieldLineAndSuggestion() {
    SpecException e = error("""
        duration: 2d
        network:
          profile: small-office
          hosts:
            workstations: 10
        """);
    assertThat(e.getMessage()).contains("bad.yaml", "network.hosts.workstations", "line 5",
        "did you mean 'workstation'");
  }

  @Test
  void negativeBruteForceRate_namesFieldAndLine() {
    SpecException e = error("""
        network: {profile: small-office}
        attacks:
          - start: 1h
            bruteForce:
              attemptsPerMinute: -3
        """);
    assertThat(e.getMessage())
        .isEqualTo("bad.yaml: attacks[0].bruteForce.attemptsPerMinute: must be > 0 (line 5)");
  }

  @Test
  void tooManyHostsForTheSubnet_namesTheSubnetField() {
    SpecException e = error("""
        network:
          profile: small-office
          subnets: {users: 10.20.0.0/26}
          hosts: {workstation: 100}
        """);
    assertThat(e.getMessage()).contains("network.subnets.users", "holds 62 hosts", "line 3");
  }

  @Test
  void unknownProfile_listsKnownProfiles() {
    assertThat(error("network: {profile: mega-corp}\n").getMessage())
        .contains("network.profile", "unknown network profile 'mega-corp'", "enterprise");
  }

  @Test
  void badTimeZoneAndUnknownLookalike_fail() {
    assertThat(error("timeZone: Mars/Olympus\n").getMessage()).contains("timeZone", "line 1");
    assertThat(error("""
        benign:
          lookalikes:
            passwordTypos: {perUserPerDay: 1}
        """).getMessage()).contains("benign.lookalikes.passwordTypos", "line 3",
        "did you mean 'passwordTypo'");
  }

  @Test
  void passwordShares_mustAddUpToOne() {
    assertThat(error("""
        network:
          users:
            passwordStrength: {weak: 0.5, medium: 0.5, strong: 0.5}
        """).getMessage()).contains("network.users.passwordStrength", "add up to 1");
  }

  @Test
  void learningPeriodAndStart_boundTheRun() {
    SimulationSpec s = SimulationSpec.from(SpecReader.read("ok.yaml", """
        start: 2026-03-02
        timeZone: UTC
        duration: 2d
        learningPeriod: 12h
        """));
    assertThat(Micros.iso(s.start())).isEqualTo("2026-03-02T00:00:00.000000Z");
    assertThat(s.end() - s.start()).isEqualTo(2 * Micros.DAY);
    assertThat(s.learningEnd() - s.start()).isEqualTo(12 * Micros.HOUR);
    assertThat(error("duration: 1d\nlearningPeriod: 2d\n").getMessage())
        .contains("learningPeriod", "line 2");
  }

  @Test
  void defaultTimeZone_isSingapore() {
    SimulationSpec s = SimulationSpec.from(SpecReader.read("ok.yaml", "duration: 1d\n"));
    assertThat(s.timeZone().getId()).isEqualTo("Asia/Singapore");
    assertThat(Micros.iso(s.start())).isEqualTo("2026-03-01T16:00:00.000000Z");
  }

  @Test
  void everyCatalogueScenario_bindsAndHasACommentBlock() throws IOException {
    List<String> names = List.of("seed-incident", "noisy-worm", "low-and-slow", "tls-miner",
        "iot-miner", "two-entry-points", "benign-only");
    for (String name : names) {
      Path file = SimFixtures.scenarios().resolve(name + ".yaml");
      SimulationSpec spec = SimFixtures.scenario(name);
      assertThat(spec.name()).isEqualTo(name);
      assertThat(Files.readString(file)).startsWith("# " + name + ":").contains("What it tests");
      assertThat(spec.attacks().isEmpty()).isEqualTo(name.equals("benign-only"));
    }
    try (Stream<Path> files = Files.list(SimFixtures.scenarios().resolve("networks"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("small-office.yaml", "enterprise.yaml", "campus.yaml");
    }
    assertThat(SimFixtures.scenario("seed-incident").network().hostCount()).isBetween(900, 1100);
  }

  @Test
  void fields_areTheDocumentedTopLevelNames() {
    assertThat(SimulationSpec.FIELDS).containsExactlyInAnyOrder("start", "timeZone", "duration",
        "learningPeriod", "network", "benign", "attacks");
    assertThatThrownBy(() -> SimulationSpec.from(SpecReader.read("x.yaml",
        "attacks:\n  - patientZero: {role: printer, count: 9}\n    start: 1h\n")))
        .hasMessageContaining("attacks[0].patientZero");
  }
}
