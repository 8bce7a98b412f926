package io.wormbench.evaluation.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void markupCharacters_areEscapedForContentAndAttributes() {
    assertThat(Html.escape("<img src=x onerror=\"alert('1')\"> & co"))
        .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co");
  }

  @Test
  void controlCharacters_becomeVisibleEscapes() {
    assertThat(Html.escape("a\u0000b\u001bc\td")).isEqualTo("a\\x00b\\x1bc\td");
  }

  @Test
  void cells_areEscapedAndTheFirstIsARowHeader() {
    String row = new Html().row(false, "<h>", "a&b").toString();
    assertThat(row).isEqualTo("<tr><th scope=\"row\">&lt;h&gt;</th><td>a&amp;b</td></tr>\n");
  }
}
