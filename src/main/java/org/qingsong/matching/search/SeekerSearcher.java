package org.qingsong.matching.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.SloppyMath;
import org.qingsong.common.BusinessTime;
import org.qingsong.matching.PeopleSearchQuery;
import org.qingsong.matching.SearchFacetValue;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.WorkKind;

/**
 * Runs a {@link PeopleSearchQuery} on the job-seeker index: every word of the text must occur in
 * the Chinese (or, for a query without Chinese characters, the English) analysis of the seeker's
 * wanted occupations, skills, certificates and priority groups; occupation and skill matches rank
 * higher; filters do not score. One pass collects the page, the exact total and the facets.
 */
public final class SeekerSearcher {
  public static final int FACET_LIMIT = PostingSearcher.FACET_LIMIT;

  private final QueryBuilder chinese;
  private final QueryBuilder english;

  public SeekerSearcher() {
    this(SearchAnalyzers.chinese(), SearchAnalyzers.english());
  }

  SeekerSearcher(Analyzer chinese, Analyzer english) {
    this.chinese = new QueryBuilder(chinese);
    this.english = new QueryBuilder(english);
  }

  /** A seeker found, as the index holds them: no name or numbers, only what was searched by. */
  public record Hit(
      long personId,
      List<String> occupationCodes,
      List<PriorityGroup> groups,
      List<WorkKind> kinds,
      String streetCode,
      String streetName,
      String districtCode,
      long minPayFen,
      String payUnit,
      OffsetDateTime updatedAt,
      Double distanceKm) {}

  /** A page of hits, the exact total and the facets over all matches. */
  public record Found(List<Hit> hits, long total, Map<String, List<SearchFacetValue>> facets) {}

  public Query query(PeopleSearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (q.text() != null) {
      Query text = text(q.text());
      if (text == null) {
        return new MatchNoDocsQuery("no searchable words");
      }
      b.add(text, Occur.MUST);
    } else {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    filter(b, PeopleFields.OCCUPATION_CODE, q.occupationCode());
    filter(b, PeopleFields.GROUP, q.group() == null ? null : q.group().name());
    filter(b, PeopleFields.KIND, q.kind() == null ? null : q.kind().name());
    filter(b, PeopleFields.DISTRICT, q.districtCode());
    filter(b, PeopleFields.STREET, q.streetCode());
    if (q.hasLocation() && q.radiusKm() != null) {
      b.add(
          LatLonPoint.newDistanceQuery(
              PeopleFields.LOCATION, q.lat(), q.lng(), q.radiusKm() * 1000),
          Occur.FILTER);
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  Query text(String text) {
    boolean chineseText = PostingSearcher.hasChinese(text);
    Query allZh = chinese.createBooleanQuery(PeopleFields.ALL, text, Occur.MUST);
    Query allEn =
        chineseText ? null : english.createBooleanQuery(PeopleFields.ALL_EN, text, Occur.MUST);
    if (allZh == null && allEn == null) {
      return null;
    }
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    if (allZh != null) {
      match.add(allZh, Occur.SHOULD);
    }
    if (allEn != null) {
      match.add(allEn, Occur.SHOULD);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(match.build(), Occur.MUST);
    boost(b, chinese.createBooleanQuery(PeopleFields.OCCUPATION, text, Occur.SHOULD), 2f);
    boost(b, chinese.createBooleanQuery(PeopleFields.SKILLS, text, Occur.SHOULD), 1.5f);
    if (!chineseText) {
      boost(b, english.createBooleanQuery(PeopleFields.OCCUPATION_EN, text, Occur.SHOULD), 2f);
    }
    return b.build();
  }

  private static void boost(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(new BoostQuery(q, boost), Occur.SHOULD);
    }
  }

  static Sort sort(PeopleSearchQuery q) {
    SortField latest = new SortField(PeopleFields.UPDATED, SortField.Type.LONG, true);
    SortField id = SortField.FIELD_DOC;
    return switch (q.sort()) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, latest, id);
      case DISTANCE ->
          new Sort(
              LatLonDocValuesField.newDistanceSort(PeopleFields.LOCATION, q.lat(), q.lng()),
              latest,
              id);
      default -> new Sort(latest, id);
    };
  }

  public Found search(IndexSearcher searcher, PeopleSearchQuery q) {
    int offset = q.page() * q.size();
    int wanted = offset + q.size();
    try {
      TopFieldCollectorManager top =
          new TopFieldCollectorManager(sort(q), wanted, null, Integer.MAX_VALUE);
      MultiCollectorManager both =
          new MultiCollectorManager(top, FacetCounter.manager(PeopleFields.FACETS, FACET_LIMIT));
      Object[] results = searcher.search(query(q), both);
      TopDocs docs = (TopDocs) results[0];
      @SuppressWarnings("unchecked")
      Map<String, List<SearchFacetValue>> counted =
          (Map<String, List<SearchFacetValue>>) results[1];
      Map<String, List<SearchFacetValue>> facets = new HashMap<>(counted);
      for (String[] f : PeopleFields.FACETS) {
        facets.putIfAbsent(f[0], List.of());
      }
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>();
      ScoreDoc[] scoreDocs = docs.scoreDocs;
      for (int i = offset; i < scoreDocs.length; i++) {
        hits.add(hit(stored.document(scoreDocs[i].doc), q));
      }
      return new Found(hits, docs.totalHits.value, facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Hit hit(Document d, PeopleSearchQuery q) {
    Double distance = null;
    if (q.hasLocation()) {
      double lat = d.getField(PeopleFields.LAT).numericValue().doubleValue();
      double lng = d.getField(PeopleFields.LNG).numericValue().doubleValue();
      double meters = SloppyMath.haversinMeters(q.lat(), q.lng(), lat, lng);
      distance = Math.round(meters / 100.0) / 10.0;
    }
    long updated = d.getField(PeopleFields.UPDATED).numericValue().longValue();
    return new Hit(
        Long.parseLong(d.get(LuceneIndex.ID)),
        Arrays.asList(d.getValues(PeopleFields.OCCUPATION_CODE)),
        values(d, PeopleFields.GROUP).stream().map(PriorityGroup::valueOf).toList(),
        values(d, PeopleFields.KIND).stream().map(WorkKind::valueOf).toList(),
        d.get(PeopleFields.STREET),
        d.get(PeopleFields.STREET_NAME),
        d.get(PeopleFields.DISTRICT),
        d.getField(PeopleFields.MIN_PAY).numericValue().longValue(),
        d.get(PeopleFields.PAY_UNIT),
        updated == 0
            ? null
            : BusinessTime.local(
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(updated), BusinessTime.ZONE)),
        distance);
  }

  private static List<String> values(Document d, String field) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : d.getFields(field)) {
      out.add(f.stringValue());
    }
    return out;
  }
}
