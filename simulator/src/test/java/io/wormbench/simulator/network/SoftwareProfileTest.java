package io.wormbench.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.truth.HostRole;
import io.wormbench.traffic.truth.OsFamily;
import io.wormbench.traffic.truth.SoftwareProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every host gets a software profile per seed; the estate is mixed, as real estates are. */
class SoftwareProfileTest {
  private static Network enterprise(long seed) {
    NetworkSpec spec = NetworkProfiles.load("enterprise", "", SpecReader.read("t.yaml",
        "p: enterprise").field("p").orElseThrow());
    return Network.generate(spec, new SplittableRandom(seed));
  }

  @Test
  void everyHost_hasAKnownProfileMatchingItsRole() {
    for (Host h : enterprise(1).hosts()) {
      SoftwareProfile p = h.software();
      assertThat(p.os()).as(h.name()).isNotEqualTo(OsFamily.UNKNOWN);
      assertThat(p.osVersion()).as(h.name()).isNotEmpty();
      switch (h.role()) {
        case PRINTER -> assertThat(p.os()).isEqualTo(OsFamily.PRINTER);
        case CAMERA, IOT -> assertThat(p.os()).isEqualTo(OsFamily.EMBEDDED);
        case DOMAIN_CONTROLLER, FILE_SERVER -> assertThat(p.os())
            .isEqualTo(OsFamily.WINDOWS_SERVER);
        default -> { }
      }
    }
  }

  @Test
  void workstations_runAMixOfBuildsBrowsersAndClients() {
    List<Host> ws = enterprise(1).role(HostRole.WORKSTATION);
    Set<String> builds = new HashSet<>();
    Set<String> browsers = new HashSet<>();
    Set<String> families = new HashSet<>();
    Set<OsFamily> os = new HashSet<>();
    Set<String> clients = new HashSet<>();
    for (Host h : ws) {
      builds.add(h.software().osVersion());
      browsers.add(h.software().browser());
      families.add(h.software().browser().split("/")[0]);
      os.add(h.software().os());
      h.software().clients().forEach(c -> clients.add(c.split("/")[0]));
    }
    assertThat(os).contains(OsFamily.WINDOWS_CLIENT, OsFamily.MACOS, OsFamily.LINUX);
    assertThat(builds.size()).isGreaterThanOrEqualTo(8);
    assertThat(families).contains("chrome", "edge", "firefox", "safari");
    assertThat(browsers.size()).as("distinct browser versions").isGreaterThan(ws.size() / 2);
    assertThat(clients).contains("office", "teams", "onedrive", "defender", "windows-update",
        "powershell", "git", "vscode");
  }

  @Test
  void profiles_aDrawOfTheSeed() {
    List<Host> a = enterprise(1).hosts();
    List<Host> b = enterprise(1).hosts();
    List<Host> c = enterprise(2).hosts();
    int differ = 0;
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).software()).isEqualTo(b.get(i).software());
      if (!a.get(i).software().equals(c.get(i).software())) {
        differ++;
      }
    }
    assertThat(differ).isGreaterThan(a.size() / 2);
  }
}
