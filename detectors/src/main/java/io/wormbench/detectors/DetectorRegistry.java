package io.wormbench.detectors;

import io.wormbench.detectors.anomaly.SelfLearningAnomalyDetector;
import io.wormbench.detectors.beacon.BeaconingDetector;
import io.wormbench.detectors.http.RareEndpointDownloadDetector;
import io.wormbench.detectors.mining.MiningProtocolDetector;
import io.wormbench.detectors.param.ParamSet;
import io.wormbench.detectors.rdp.UnusualRdpChainDetector;
import io.wormbench.detectors.scan.ExternalSmbRpcDetector;
import io.wormbench.detectors.smb.SmbBruteForceDetector;
import io.wormbench.detectors.smb.SmbExecutableDropDetector;
import io.wormbench.traffic.spec.DidYouMean;
import io.wormbench.traffic.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The table of detector names and factories, one registration line per detector, as Caffeine's
 * simulator registers its policies ({@code register(SievePolicy.class, SievePolicy::new)}).
 * A factory binds the detector's parameters from a {@link SpecNode}, validating each and
 * rejecting unknown ones. Nothing else in the code base switches on detector names.
 */
public final class DetectorRegistry {
  private final Map<String, Function<SpecNode, ? extends Detector>> factories =
      new LinkedHashMap<>();
  private final Map<String, ParamSet> parameters = new LinkedHashMap<>();

  private DetectorRegistry() {}

  /** All built-in detectors, in kill-chain order. */
  public static DetectorRegistry builtIn() {
    DetectorRegistry r = new DetectorRegistry();
    r.register("rare-endpoint-download", RareEndpointDownloadDetector.PARAMS,
        RareEndpointDownloadDetector::new);
    r.register("unusual-rdp-chain", UnusualRdpChainDetector.PARAMS, UnusualRdpChainDetector::new);
    r.register("external-smb-rpc", ExternalSmbRpcDetector.PARAMS, ExternalSmbRpcDetector::new);
    r.register("smb-brute-force", SmbBruteForceDetector.PARAMS, SmbBruteForceDetector::new);
    r.register("smb-executable-drop", SmbExecutableDropDetector.PARAMS,
        SmbExecutableDropDetector::new);
    r.register("mining-protocol", MiningProtocolDetector.PARAMS, MiningProtocolDetector::new);
    r.register("beaconing", BeaconingDetector.PARAMS, BeaconingDetector::new);
    r.register("self-learning-anomaly", SelfLearningAnomalyDetector.PARAMS,
        SelfLearningAnomalyDetector::new);
    return r;
  }

  /**
   * The built-in detectors followed by those of every {@link DetectorPlugin} on the class path,
   * in the order Java's ServiceLoader finds them; what a scenario's {@code detectors:} binds.
   */
  public static DetectorRegistry installed() {
    DetectorRegistry r = builtIn();
    for (DetectorPlugin p : java.util.ServiceLoader.load(DetectorPlugin.class)) {
      p.register(r);
    }
    return r;
  }

  /** An empty registry, for research code that plugs in its own detectors. */
  public static DetectorRegistry empty() {
    return new DetectorRegistry();
  }

  /** Adds a detector; its factory must accept an empty map as "all defaults". */
  public DetectorRegistry register(String name, Function<SpecNode, ? extends Detector> factory) {
    return register(name, ParamSet.NONE, factory);
  }

  /**
   * Adds a detector with its declared parameters, from which its README table is derived
   * (and checked by the completeness test); an empty map means "all defaults".
   */
  public DetectorRegistry register(String name, ParamSet params,
      Function<SpecNode, ? extends Detector> factory) {
    if (factories.putIfAbsent(name, factory) != null) {
      throw new IllegalArgumentException("detector '" + name + "' registered twice");
    }
    parameters.put(name, params);
    return this;
  }

  /** The declared parameters of {@code name} ({@link ParamSet#NONE} if none were declared). */
  public ParamSet parameters(String name) {
    ParamSet p = parameters.get(name);
    if (p == null) {
      throw new IllegalArgumentException("unknown detector '" + name + "'");
    }
    return p;
  }

  /** Registered names in registration order. */
  public List<String> names() {
    return new ArrayList<>(factories.keySet());
  }

  /** True when {@code name} is registered. */
  public boolean contains(String name) {
    return factories.containsKey(name);
  }

  /**
   * A fresh detector bound to {@code params}; an unknown name or a bad parameter throws a
   * {@link io.wormbench.traffic.spec.SpecException} naming the field and line.
   */
  public Detector create(String name, SpecNode params) {
    Function<SpecNode, ? extends Detector> f = factories.get(name);
    if (f == null) {
      String hint = DidYouMean.nearest(name, factories.keySet())
          .map(s -> "; did you mean '" + s + "'?").orElse("");
      throw params.error("unknown detector '" + name + "'" + hint + " (known: "
          + String.join(", ", factories.keySet()) + ")");
    }
    return f.apply(params);
  }

  /** A fresh detector with every parameter at its default. */
  public Detector create(String name) {
    return create(name, DetectorParams.defaults(name));
  }
}
