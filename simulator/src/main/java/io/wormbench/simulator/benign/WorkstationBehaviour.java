package io.wormbench.simulator.benign;

import io.wormbench.simulator.engine.Action;
import io.wormbench.simulator.engine.Flows;
import io.wormbench.simulator.engine.World;
import io.wormbench.simulator.network.EndpointCatalogue;
import io.wormbench.simulator.network.Host;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostRole;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A user at a workstation: a non-homogeneous Poisson stream of activities whose rate is the
 * peak rate times the office rhythm's level (see {@link Rhythm#nextArrival}).
 * Each activity is HTTPS to a Zipf-popular site after a DNS lookup, an SMB file-share read with
 * the user's NTLM logon, or an intranet HTTP request.
 */
final class WorkstationBehaviour implements Action {
  private static final String[] DOCS = {"report", "budget", "minutes", "plan", "slides",
      "invoice", "roster", "notes", "contract", "summary"};
  private static final String[] EXT = {".docx", ".xlsx", ".pptx", ".pdf"};
  private static final String UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
      + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
  private final Host host;
  private final SplittableRandom r;
  private final double perHour;
  private final double web;
  private final double file;

  WorkstationBehaviour(Host host, SplittableRandom r, BenignSpec spec) {
    this.host = host;
    this.r = r;
    this.perHour = spec.workstationActivitiesPerHour();
    this.web = spec.webShare();
    this.file = spec.fileShare();
  }

  void start(World w) {
    if (perHour > 0) {
      w.schedule(w.rhythm().nextArrival(w.start(), perHour, r), this);
    }
  }

  @Override
  public void run(long now, World w) {
    double u = r.nextDouble();
    if (u < web) {
      browse(now, w);
    } else if (u < web + file) {
      fileShare(now, w);
    } else {
      intranet(now, w);
    }
    w.schedule(w.rhythm().nextArrival(now, perHour, r), this);
  }

  private void browse(long now, World w) {
    EndpointCatalogue sites = w.network().sites();
    int rank = sites.draw(r);
    String name = sites.name(rank);
    int addr = sites.address(rank);
    if (Flows.dns(w, host, now, name, addr, r).isEmpty()) {
      return;
    }
    long dur = World.exponential(r, 15 * Micros.SECOND);
    long resp = 2_000 + World.exponential(r, 60_000);
    Flows.tls(w, host.address(), host.ephemeralPort(), addr, 443, now + 25_000, name, dur,
        600 + r.nextInt(2_000), resp);
  }

  private void fileShare(long now, World w) {
    List<Host> fs = w.network().role(HostRole.FILE_SERVER);
    Host server = fs.get(r.nextInt(fs.size()));
    String file = DOCS[r.nextInt(DOCS.length)] + "-" + r.nextInt(500) + EXT[r.nextInt(EXT.length)];
    Flows.smb(w, host, server, now, w.network().domain(), host.user().name(), true, "Shared",
        SmbFileAccess.Action.READ, file, 10_000 + World.exponential(r, 400_000));
  }

  private void intranet(long now, World w) {
    List<Host> apps = w.network().role(HostRole.APP_SERVER);
    if (apps.isEmpty()) {
      browse(now, w);
      return;
    }
    Host app = apps.get(r.nextInt(apps.size()));
    String name = app.dnsName();
    if (Flows.dns(w, host, now, name, app.address(), r).isEmpty()) {
      return;
    }
    Flows.http(w, host.address(), host.ephemeralPort(), app.address(), 8080, now + 5_000, name,
        "/app/view?id=" + r.nextInt(10_000), UA, "text/html", 3_000 + r.nextInt(40_000),
        World.exponential(r, 300_000));
  }
}
