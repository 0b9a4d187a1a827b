package org.qingsong.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The posting order of a run's results: by posting id, each posting's rows in the order they were
 * read (person, then place), for ids that fit the packed keys and for ids that do not.
 */
class PostingOrderTest {
  static int[] expected(long[] ids) {
    Integer[] boxed = new Integer[ids.length];
    Arrays.setAll(boxed, i -> i);
    Arrays.sort(boxed, Comparator.comparingLong(i -> ids[i]));
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }

  @Test
  void rowsAreOrderedByPostingAndStayInReadingOrderWithinAPosting() {
    long[] ids = {7, 3, 7, 1, 3, 3, 9, 1};
    assertThat(BatchStore.byPosting(ids)).containsExactly(3, 7, 1, 4, 5, 0, 2, 6);
  }

  @Test
  void manyRowsAgreeWithAStableSortForSmallAndLargeIds() {
    SplittableRandom random = new SplittableRandom(7);
    long[] small = new long[200_000];
    long[] large = new long[50_000];
    for (int i = 0; i < small.length; i++) {
      small[i] = random.nextLong(1, 5_000);
    }
    for (int i = 0; i < large.length; i++) {
      large[i] = (1L << 40) + random.nextLong(0, 500);
    }
    assertThat(BatchStore.byPosting(small)).containsExactly(expected(small));
    assertThat(BatchStore.byPosting(large)).containsExactly(expected(large));
    assertThat(BatchStore.byPosting(new long[0])).isEmpty();
  }
}
