package io.wormbench.simulator.network;

import io.wormbench.traffic.net.Ipv4;
import java.util.SplittableRandom;

/**
 * External web sites with Zipf-distributed popularity (rank r drawn with probability
 * proportional to r^-s, Breslau et al., "Web Caching and Zipf-like Distributions", INFOCOM
 * 1999), so that an endpoint few hosts visit is genuinely rare. Addresses come from 198.18.0.0/15
 * (RFC 2544 benchmarking space): public-looking, never routed, never private.
 */
public final class EndpointCatalogue {
  private final String[] names;
  private final int[] addresses;
  private final double[] cdf;
  private final double exponent;

  EndpointCatalogue(int size, double exponent, SplittableRandom random) {
    this.exponent = exponent;
    names = new String[size];
    addresses = new int[size];
    cdf = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += Math.pow(i + 1, -exponent);
      cdf[i] = sum;
      names[i] = Names.site(i, random);
      addresses[i] = Ipv4.of(198, 18, 0, 0) + 256 + i;
    }
    for (int i = 0; i < size; i++) {
      cdf[i] /= sum;
    }
  }

  public int size() {
    return names.length;
  }

  public double exponent() {
    return exponent;
  }

  /** Draws a site rank (0 = most popular). */
  public int draw(SplittableRandom r) {
    double u = r.nextDouble();
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public String name(int rank) {
    return names[rank];
  }

  public int address(int rank) {
    return addresses[rank];
  }
}
