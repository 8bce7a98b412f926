package io.wormbench.detectors;

/**
 * A Java detector from outside this code base: a jar on the class path (on every Spark
 * executor too, for the Spark engine) lists its plug-in class in
 * {@code META-INF/services/io.wormbench.detectors.DetectorPlugin} (Java's {@link
 * java.util.ServiceLoader}), and the plug-in registers its detectors beside the built-ins, so a
 * scenario's {@code detectors:} section can name them without a change to Wormbench.
 */
public interface DetectorPlugin {
  /** Registers this plug-in's detectors, one {@link DetectorRegistry#register} line each. */
  void register(DetectorRegistry registry);
}
