package io.wormbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the rendered index.html in headless Chromium: proves every embedded image decodes
 * (naturalWidth > 0) and writes target/report-screenshot.png for a human look. Skipped, via a
 * JUnit assumption, only when no {@code chromium} is on the PATH (CI installs Debian's).
 */
class BrowserCheckTest {
  private static final String PROBE = "<script>window.addEventListener('load',function(){"
      + "var imgs=Array.prototype.slice.call(document.images);"
      + "document.body.setAttribute('data-images',imgs.length);"
      + "document.body.setAttribute('data-broken',imgs.filter(function(i){"
      + "return !i.complete||i.naturalWidth===0;}).length);});</script>";

  @TempDir
  Path dir;

  @Test
  void renderedReport_opensInChromiumWithNoBrokenImage() throws Exception {
    Optional<Path> chromium = onPath("chromium");
    assumeTrue(chromium.isPresent(), "chromium is not on the PATH");
    Path run = Files.createDirectory(dir.resolve("run"));
    Path index = ReportRenderer.render(RunFixture.copyTo(run));
    String html = Files.readString(index, StandardCharsets.UTF_8);
    // The probe goes into a copy: the report itself stays script-free.
    Path probe = run.resolve("probe.html");
    Files.writeString(probe, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

    String dom = chromium(chromium.get(), "--dump-dom", "--virtual-time-budget=10000",
        probe.toUri().toString());
    Matcher images = Pattern.compile("data-images=\"(\\d+)\"").matcher(dom);
    Matcher broken = Pattern.compile("data-broken=\"(\\d+)\"").matcher(dom);
    assertThat(images.find()).as("probe ran; DOM was:%n%s", head(dom)).isTrue();
    assertThat(broken.find()).isTrue();
    assertThat(Integer.parseInt(images.group(1))).isEqualTo(ReportRendererTest.CHARTS.size());
    assertThat(Integer.parseInt(broken.group(1))).isZero();

    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium(chromium.get(), "--screenshot=" + shot, "--window-size=1280,2000",
        "--virtual-time-budget=10000", index.toUri().toString());
    assertThat(shot).exists();
    byte[] png = Files.readAllBytes(shot);
    assertThat(png).startsWith((byte) 0x89, 'P', 'N', 'G');
    assertThat(png.length).isGreaterThan(20_000);
  }

  private String chromium(Path exe, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("chromium-out-" + System.nanoTime() + ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + cmd);
    }
    assertThat(p.exitValue()).as("chromium exit code").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
        .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
  }

  private static String head(String s) {
    return s.length() > 500 ? s.substring(0, 500) : s;
  }
}
