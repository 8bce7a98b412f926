package io.wormbench.simulator.benign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wormbench.simulator.SimulationSpec;
import io.wormbench.traffic.spec.SpecException;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.time.Micros;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benign.domain section: defaults, overrides, one-line errors, and its README table. */
class DomainSpecTest {
  private static DomainSpec bind(String benign) {
    return SimulationSpec.from(SpecReader.read("bad.yaml", """
        duration: 2d
        network: {profile: small-office}
        benign:
        """ + benign)).benign().domain();
  }

  private static String error(String benign) {
    Throwable t = catchThrowable(() -> bind(benign));
    assertThat(t).isInstanceOf(SpecException.class);
    assertThat(t.getMessage()).doesNotContain("\n");
    return t.getMessage();
  }

  @Test
  void absentSection_takesTheDefaultsPerRole() {
    DomainSpec s = bind("  rhythm: {}\n");
    assertThat(s).isEqualTo(DomainSpec.DEFAULTS);
    assertThat(s.enabled()).isTrue();
    assertThat(s.get(DomainRole.WORKSTATION, DomainParameter.GPO_REFRESH))
        .isEqualTo(90.0 * Micros.MINUTE);
    assertThat(s.get(DomainRole.DOMAIN_CONTROLLER, DomainParameter.REPLICATION)).isPositive();
  }

  @Test
  void roleOverride_changesThatRoleOnly() {
    DomainSpec s = bind("""
          domain:
            server: {ticketsPerHour: 9, gpoRefresh: 2h}
        """);
    assertThat(s.get(DomainRole.SERVER, DomainParameter.TICKETS)).isEqualTo(9);
    assertThat(s.get(DomainRole.SERVER, DomainParameter.GPO_REFRESH))
        .isEqualTo(2.0 * Micros.HOUR);
    assertThat(s.get(DomainRole.WORKSTATION, DomainParameter.TICKETS))
        .isEqualTo(DomainParameter.TICKETS.defaultFor(DomainRole.WORKSTATION));
  }

  @Test
  void misspeltParameter_namesFilePathLineAndSuggestion() {
    String m = error("""
          domain:
            workstation:
              ticketPerHour: 3
        """);
    assertThat(m).contains("bad.yaml", "benign.domain.workstation.ticketPerHour", "line 6",
        "ticketsPerHour");
  }

  @Test
  void unknownRole_namesThePath() {
    assertThat(error("  domain:\n    printer: {}\n")).contains("benign.domain.printer",
        "line 5");
  }

  @Test
  void negativeRate_isRejectedWithItsRule() {
    assertThat(error("  domain:\n    workstation: {ldapPerHour: -1}\n"))
        .contains("benign.domain.workstation.ldapPerHour", "line 5", "[0, 3600]");
  }

  @Test
  void shareAboveOne_isRejected() {
    assertThat(error("  domain:\n    server: {smbKerberosShare: 1.5}\n"))
        .contains("benign.domain.server.smbKerberosShare", "[0, 1]");
  }

  @Test
  void badDuration_isRejected() {
    assertThat(error("  domain:\n    workstation: {ntpPoll: soon}\n"))
        .contains("benign.domain.workstation.ntpPoll", "line 5");
  }

  @Test
  void jitterAsLongAsTheRefresh_isRejected() {
    assertThat(error("  domain:\n    workstation: {gpoRefresh: 30m, gpoJitter: 30m}\n"))
        .contains("benign.domain.workstation.gpoJitter", "shorter than gpoRefresh");
  }

  @Test
  void enabledNotABoolean_isRejected() {
    assertThat(error("  domain: {enabled: maybe}\n")).contains("benign.domain.enabled");
  }

  @Test
  void everyParameter_isDocumentedInTheScenarioReadme() throws IOException {
    String readme = Files.readString(Path.of("../scenarios/README.md"));
    for (DomainParameter p : DomainParameter.values()) {
      assertThat(readme).as(p.field()).contains("`" + p.field() + "`");
    }
    for (DomainRole r : DomainRole.values()) {
      assertThat(readme).contains("benign.domain." + r.field());
    }
  }
}
