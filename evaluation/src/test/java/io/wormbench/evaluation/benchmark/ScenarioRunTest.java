package io.wormbench.evaluation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunTest {
  @TempDir
  Path tmp;

  @Test
  void svgWithLinkInPage_removedWithItsLink_otherSvgKept() throws Exception {
    Path page = tmp.resolve("index.html");
    Files.writeString(page, "<p>A <a href=\"a.svg\">SVG</a> \u00b7 <a href=\"a.png\">PNG</a></p>");
    Files.writeString(tmp.resolve("a.svg"), "<svg/>");
    Files.writeString(tmp.resolve("b.svg"), "<svg/>");
    ScenarioRun.dropSvgs(tmp, page);
    assertThat(tmp.resolve("a.svg")).doesNotExist();
    assertThat(tmp.resolve("b.svg")).exists();
    assertThat(Files.readString(page)).isEqualTo("<p>A <a href=\"a.png\">PNG</a></p>");
  }
}
