package io.wormbench.detectors.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisteredDomainTest {
  @Test
  void ordinaryNames_groupByTheLastTwoLabels() {
    assertThat(EndpointRarity.registeredDomain("dl.vendor.com")).isEqualTo("vendor.com");
    assertThat(EndpointRarity.registeredDomain("a.b.vendor.com")).isEqualTo("vendor.com");
    assertThat(EndpointRarity.registeredDomain("vendor.com")).isNull(); // already registered
    assertThat(EndpointRarity.registeredDomain("localhost")).isNull();
  }

  @Test
  void countryCodeSecondLevels_keepThreeLabels() {
    assertThat(EndpointRarity.registeredDomain("www.shop.co.uk")).isEqualTo("shop.co.uk");
  }

  @Test
  void reservedDocumentationNames_actAsTopLevelDomains() {
    // Every simulated endpoint is named under example.com: grouping by the last two labels
    // made all of them one domain, so no download site was ever rare.
    assertThat(EndpointRarity.registeredDomain("download.fabrikam.example.com"))
        .isEqualTo("fabrikam.example.com");
    assertThat(EndpointRarity.registeredDomain("fabrikam.example.com")).isNull();
    assertThat(EndpointRarity.registeredDomain("cdn.pool.example.net")).isEqualTo("pool.example.net");
    assertThat(EndpointRarity.registeredDomain("x.lab.test")).isEqualTo("lab.test");
  }
}
