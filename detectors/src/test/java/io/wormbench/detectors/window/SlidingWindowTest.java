package io.wormbench.detectors.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlidingWindowTest {

  @Test
  void observationsOlderThanWidth_expireOnAdvance() {
    SlidingWindow<Integer> w = new SlidingWindow<>(100, 1);
    w.add(0, 1, "a");
    w.add(50, 1, "b");
    w.add(60, 1, "a");
    assertThat(w.get(1).count()).isEqualTo(3);
    assertThat(w.get(1).distinct(0)).isEqualTo(2);
    w.advance(100);
    assertThat(w.get(1).count()).isEqualTo(2);
    assertThat(w.get(1).distinct(0)).isEqualTo(2);
    w.advance(155);
    assertThat(w.get(1).count()).isEqualTo(1);
    assertThat(w.get(1).distinct(0)).isEqualTo(1);
    w.advance(160);
    assertThat(w.keys()).isZero();
    assertThat(w.get(1).count()).isZero();
  }

  @Test
  void keysAreCountedIndependently() {
    SlidingWindow<Integer> w = new SlidingWindow<>(100, 2);
    w.add(0, 1, "u1", 7);
    w.add(1, 2, "u1", 7);
    SlidingWindow.Stats s = w.add(2, 1, "u2", 8);
    assertThat(s.count()).isEqualTo(2);
    assertThat(s.distinct(0)).isEqualTo(2);
    assertThat(s.distinct(1)).isEqualTo(2);
    assertThat(w.get(2).count()).isEqualTo(1);
  }

  @Test
  void tumblingWindows_closeEachKeyOnceInFirstSeenOrder() {
    StringBuilder closed = new StringBuilder();
    TumblingWindows<int[]> t = new TumblingWindows<>(10, () -> new int[1],
        (start, key, acc) -> closed.append(start).append(':').append(key).append('=')
            .append(acc[0]).append(' '));
    t.at(3, 9)[0]++;
    t.at(4, 1)[0]++;
    t.at(5, 9)[0]++;
    t.at(12, 1)[0]++;
    t.advance(35);
    assertThat(closed.toString()).isEqualTo("0:9=2 0:1=1 10:1=1 ");
  }

  @Test
  void alertGate_holdsRepeatsUnlessScoreRises() {
    AlertGate<Integer> g = new AlertGate<>(100, 0.1);
    assertThat(g.allow(0, 1, 0.5)).isTrue();
    assertThat(g.allow(10, 1, 0.55)).isFalse();
    assertThat(g.allow(20, 1, 0.65)).isTrue();
    assertThat(g.allow(20, 2, 0.1)).isTrue();
    assertThat(g.allow(121, 1, 0.3)).isTrue();
  }
}
