package org.qingsong.matching.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.qingsong.matching.SearchFacetValue;

/**
 * Counts, over every document a query matches, the values of some doc-values fields (single-valued
 * {@code SORTED} or multi-valued {@code SORTED_SET}: a document counts once for each of its
 * values): per segment by ordinal into an int array, then by value. Cheaper than a taxonomy and
 * enough for a handful of fields with few distinct values.
 */
final class FacetCounter implements Collector {
  private final String[][] facets;
  private final Map<String, Map<String, Long>> counts = new HashMap<>();

  FacetCounter(String[][] facets) {
    this.facets = facets;
    for (String[] f : facets) {
      counts.put(f[0], new HashMap<>());
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    int n = facets.length;
    SortedSetDocValues[] values = new SortedSetDocValues[n];
    int[][] ords = new int[n][];
    for (int i = 0; i < n; i++) {
      values[i] = DocValues.getSortedSet(context.reader(), facets[i][1]);
      ords[i] = new int[Math.toIntExact(values[i].getValueCount())];
    }
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        for (int i = 0; i < n; i++) {
          SortedSetDocValues dv = values[i];
          if (dv.advanceExact(doc)) {
            for (int k = dv.docValueCount(); k > 0; k--) {
              ords[i][(int) dv.nextOrd()]++;
            }
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < n; i++) {
          SortedSetDocValues dv = values[i];
          Map<String, Long> target = counts.get(facets[i][0]);
          for (int ord = 0; ord < ords[i].length; ord++) {
            if (ords[i][ord] > 0) {
              target.merge(dv.lookupOrd(ord).utf8ToString(), (long) ords[i][ord], Long::sum);
            }
          }
        }
      }
    };
  }

  /** The counts, most frequent first (then by value), at most {@code limit} values a facet. */
  static Map<String, List<SearchFacetValue>> result(Collection<FacetCounter> parts, int limit) {
    Map<String, Map<String, Long>> merged = new HashMap<>();
    for (FacetCounter part : parts) {
      part.counts.forEach(
          (facet, values) -> {
            Map<String, Long> target = merged.computeIfAbsent(facet, k -> new HashMap<>());
            values.forEach((v, c) -> target.merge(v, c, Long::sum));
          });
    }
    Map<String, List<SearchFacetValue>> out = new HashMap<>();
    merged.forEach(
        (facet, values) -> {
          List<SearchFacetValue> list = new ArrayList<>();
          values.forEach((v, c) -> list.add(new SearchFacetValue(v, c)));
          list.sort(
              (a, b) ->
                  a.count() != b.count()
                      ? Long.compare(b.count(), a.count())
                      : a.value().compareTo(b.value()));
          out.put(facet, list.size() > limit ? List.copyOf(list.subList(0, limit)) : list);
        });
    return out;
  }

  static CollectorManager<FacetCounter, Map<String, List<SearchFacetValue>>> manager(
      String[][] facets, int limit) {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter(facets);
      }

      @Override
      public Map<String, List<SearchFacetValue>> reduce(Collection<FacetCounter> collectors) {
        return result(collectors, limit);
      }
    };
  }
}
