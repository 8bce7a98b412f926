package io.wormbench.evaluation.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.evaluation.report.input.ReportInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelitySectionTest {
  @TempDir
  Path tmp;

  @Test
  void noScorecard_noSection() {
    assertThat(FidelitySection.html(tmp)).isEmpty();
  }

  @Test
  void scorecard_givesOneRowPerStatisticWithEveryRunAndTheWorstVerdict() throws Exception {
    Files.writeString(tmp.resolve("fidelity.csv"), """
        statistic,unit,run,value,low,high,verdict,source
        share.ldap,share,seed 1,0.1,0.05,0.2,pass,OTRF
        share.ldap,share,seed 2,0.3,0.05,0.2,fail,OTRF
        udp.share,share,seed 1,0.4,,,info,PANG
        udp.share,share,seed 2,0.5,,,info,PANG
        artefact.auc.hour,AUC,seed 1,,,0.9,n/a,issue 11
        artefact.auc.hour,AUC,seed 2,,,0.9,n/a,issue 11
        """);
    String html = FidelitySection.html(tmp);
    assertThat(html).contains("<section id=\"fidelity\">", "0 pass, 1 fail, 1 not measured, "
        + "1 for information", "<th scope=\"col\">seed 2</th>",
        "<th scope=\"row\">share.ldap</th><td>fail</td><td>0.1</td><td>0.3</td>"
            + "<td>0.05-0.2</td>");
  }

  @Test
  void malformedScorecard_isOneLineOfBadInput() throws Exception {
    Files.writeString(tmp.resolve("fidelity.csv"), "a,b\n1,2\n");
    assertThatThrownBy(() -> FidelitySection.html(tmp)).isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith("fidelity.csv: not a fidelity scorecard");
  }
}
