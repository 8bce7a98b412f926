package io.wormbench.detectors.anomaly;

import java.util.Arrays;

/**
 * A bounded, deterministic sample of learning windows (device and log-scale feature vector)
 * for calibrating scores at the end of learning. When full it keeps every second entry and
 * halves its intake rate, so the sample stays spread over the whole learning period.
 */
final class CalibrationSample {
  private final int capacity;
  private int[] devices;
  private double[][] vectors;
  private int size;
  private long offered;
  private long stride = 1;

  CalibrationSample(int capacity) {
    this.capacity = capacity;
    this.devices = new int[Math.min(capacity, 1024)];
    this.vectors = new double[devices.length][];
  }

  void offer(int device, double[] vector) {
    if (offered++ % stride != 0) {
      return;
    }
    if (size == capacity) {
      for (int i = 0; i < size / 2; i++) {
        devices[i] = devices[2 * i];
        vectors[i] = vectors[2 * i];
      }
      size /= 2;
      stride *= 2;
    }
    if (size == devices.length) {
      devices = Arrays.copyOf(devices, Math.min(capacity, size * 2));
      vectors = Arrays.copyOf(vectors, devices.length);
    }
    devices[size] = device;
    vectors[size] = vector;
    size++;
  }

  int size() {
    return size;
  }

  int device(int i) {
    return devices[i];
  }

  double[] vector(int i) {
    return vectors[i];
  }
}
