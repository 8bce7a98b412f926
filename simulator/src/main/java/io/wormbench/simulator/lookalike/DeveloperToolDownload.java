package io.wormbench.simulator.lookalike;

import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.Tally;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.EndpointCatalogue;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A developer downloading a tool: an executable over HTTP from a site in the rare tail of the
 * catalogue. Organisation-wide rarity plus an executable payload is exactly what a rare-endpoint
 * download detector looks for (T1105), so this is the hardest benign case for it.
 */
record DeveloperToolDownload(double perDay) implements WorkdayProcess.Spec {
  private static final String[] TOOLS = {"putty", "wireshark", "jq", "ripgrep", "sysinternals",
      "nodejs", "python", "gitclient", "vscode", "terraform"};

  static Lookalike bind(SpecNode n) {
    n.rejectUnknown(Set.of("perDay"));
    return WorkdayProcess.of(new DeveloperToolDownload(
        n.doubleField("perDay", 0.5, x -> x >= 0, "must be >= 0")));
  }

  @Override
  public String kind() {
    return LookalikeKind.DEVELOPER_TOOL_DOWNLOAD.kind();
  }

  @Override
  public double perDay(World w) {
    return perDay;
  }

  @Override
  public void occur(long now, World w, SplittableRandom r) {
    List<Host> ws = w.network().role(HostRole.WORKSTATION);
    Host host = ws.get(r.nextInt(ws.size()));
    EndpointCatalogue sites = w.network().sites();
    int half = sites.size() / 2;
    int rank = half + r.nextInt(sites.size() - half);
    String name = sites.name(rank);
    Tally t = w.tallied(() -> {
      if (Flows.dns(w, host, now, name, sites.address(rank), r).isEmpty()) {
        return;
      }
      String tool = TOOLS[r.nextInt(TOOLS.length)];
      long size = 500_000 + r.nextInt(40_000_000);
      Flows.http(w, host.address(), host.ephemeralPort(), sites.address(rank), 80, now + 30_000,
          name, "/releases/" + tool + "-" + (1 + r.nextInt(5)) + "." + r.nextInt(30)
              + "-win64.exe", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", Flows.DOSEXEC, size,
          size * 10 + World.exponential(r, 5 * Micros.SECOND));
    });
    if (t.events() > 0) {
      w.truth().lookalike(kind(), host.address(), sites.address(rank), now).add(t, now);
    }
  }
}
