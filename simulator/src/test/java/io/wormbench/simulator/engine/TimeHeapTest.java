package io.wormbench.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeHeapTest {
  @Test
  void itemsComeOutByTime_tiesInInsertionOrder() {
    TimeHeap<String> heap = new TimeHeap<>();
    heap.add(5, "late");
    heap.add(1, "first-at-1");
    heap.add(1, "second-at-1");
    heap.add(3, "mid");
    List<String> out = new ArrayList<>();
    while (!heap.isEmpty()) {
      out.add(heap.poll());
    }
    assertThat(out).containsExactly("first-at-1", "second-at-1", "mid", "late");
    assertThat(heap.peekTime()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void manyRandomItems_matchAStableSort() {
    SplittableRandom random = new SplittableRandom(7);
    TimeHeap<long[]> heap = new TimeHeap<>();
    List<long[]> expected = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      long[] item = {random.nextLong(100), i};
      heap.add(item[0], item);
      expected.add(item);
    }
    expected.sort(Comparator.comparingLong((long[] a) -> a[0]));
    for (long[] e : expected) {
      assertThat(heap.peekTime()).isEqualTo(e[0]);
      assertThat(heap.poll()).isSameAs(e);
    }
    assertThat(heap.isEmpty()).isTrue();
  }
}
