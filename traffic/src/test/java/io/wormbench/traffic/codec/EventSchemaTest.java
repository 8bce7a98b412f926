package io.wormbench.traffic.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.EventKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventSchemaTest {
  @Test
  void everyKind_hasOneColumnPerRecordComponent() {
    for (EventKind k : EventKind.values()) {
      // ts, uid and id are record components; id expands to four columns.
      int components = k.type().getRecordComponents().length;
      assertThat(EventSchema.of(k).columns()).as(k.name()).hasSize(components + 3);
    }
  }

  @Test
  void sampleEvents_coverEveryKind() {
    Set<EventKind> kinds = SampleEvents.all().stream().map(e -> e.kind())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class)));
    assertThat(kinds).containsExactlyInAnyOrder(EventKind.values());
  }

  @Test
  void union_startsWithCommonColumnsAndHasUniqueNames() {
    var names = EventSchema.union().stream().map(Column::name).toList();
    assertThat(names.subList(0, 6)).isEqualTo(EventSchema.COMMON);
    assertThat(names).doesNotHaveDuplicates().contains("query", "success", "from_originator");
  }

  @Test
  void listWithSeparatorsAndEmpties_roundTrips() {
    var list = Arrays.asList("a|b", "", "%7C", "%E", "50%");
    assertThat(TextFields.splitList(TextFields.joinList(list))).isEqualTo(list);
    assertThat(TextFields.splitList(TextFields.joinList(java.util.List.of()))).isEmpty();
  }
}
