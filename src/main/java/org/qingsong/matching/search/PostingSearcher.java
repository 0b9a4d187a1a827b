package org.qingsong.matching.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
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
import org.qingsong.common.Money;
import org.qingsong.jobs.JobKind;
import org.qingsong.matching.JobSearchHit;
import org.qingsong.matching.JobSearchQuery;
import org.qingsong.matching.JobSearchResult;
import org.qingsong.matching.SearchFacetValue;
import org.qingsong.occupations.PayUnit;

/**
 * Runs a {@link JobSearchQuery} on a posting index: the text must match (all its words, in the
 * Chinese or in the English analysis of the posting's text), title, occupation and skills matches
 * rank higher; filters do not score. One pass collects the page, the exact total and the facets.
 * The API and the benchmark's in-process baseline both search through this class.
 */
public final class PostingSearcher {
  /** At most this many values a facet (occupations are the only long one). */
  public static final int FACET_LIMIT = 30;

  private final QueryBuilder chinese;
  private final QueryBuilder english;

  public PostingSearcher() {
    this(SearchAnalyzers.chinese(), SearchAnalyzers.english());
  }

  PostingSearcher(Analyzer chinese, Analyzer english) {
    this.chinese = new QueryBuilder(chinese);
    this.english = new QueryBuilder(english);
  }

  /** The Lucene query for a search, filters included. */
  public Query query(JobSearchQuery q) {
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
    if (q.kind() != null) {
      b.add(new TermQuery(new Term(PostingFields.KIND, q.kind().name())), Occur.FILTER);
    }
    if (q.occupationCode() != null) {
      b.add(
          new TermQuery(new Term(PostingFields.OCCUPATION_CODE, q.occupationCode())), Occur.FILTER);
    }
    if (q.districtCode() != null) {
      b.add(new TermQuery(new Term(PostingFields.DISTRICT, q.districtCode())), Occur.FILTER);
    }
    if (q.streetCode() != null) {
      b.add(new TermQuery(new Term(PostingFields.STREET, q.streetCode())), Occur.FILTER);
    }
    Long pay = q.payMinMonthlyFen();
    if (pay != null) {
      b.add(
          LongPoint.newRangeQuery(PostingFields.PAY_MAX_MONTH, pay, Long.MAX_VALUE), Occur.FILTER);
    }
    if (q.hasLocation() && q.radiusKm() != null) {
      b.add(
          LatLonPoint.newDistanceQuery(
              PostingFields.LOCATION, q.lat(), q.lng(), q.radiusKm() * 1000),
          Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The text part: every word must occur in the Chinese analysis of the whole posting or, for a
   * query without Chinese characters, every word in its English analysis; matches in title,
   * occupation and skills add to the score. The English analysis is left out for Chinese queries
   * because it cuts Chinese into single characters, which would match unrelated words.
   */
  Query text(String text) {
    boolean chineseText = hasChinese(text);
    Query allZh = chinese.createBooleanQuery(PostingFields.ALL, text, Occur.MUST);
    Query allEn =
        chineseText ? null : english.createBooleanQuery(PostingFields.ALL_EN, text, Occur.MUST);
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
    boost(b, chinese.createBooleanQuery(PostingFields.TITLE, text, Occur.SHOULD), 3f);
    boost(b, chinese.createBooleanQuery(PostingFields.OCCUPATION, text, Occur.SHOULD), 2f);
    boost(b, chinese.createBooleanQuery(PostingFields.SKILLS, text, Occur.SHOULD), 1.5f);
    if (!chineseText) {
      boost(b, english.createBooleanQuery(PostingFields.TITLE_EN, text, Occur.SHOULD), 3f);
      boost(b, english.createBooleanQuery(PostingFields.OCCUPATION_EN, text, Occur.SHOULD), 2f);
    }
    return b.build();
  }

  /** Whether the text has a Han character (then it is analysed as Chinese only). */
  static boolean hasChinese(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static void boost(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(new BoostQuery(q, boost), Occur.SHOULD);
    }
  }

  static Sort sort(JobSearchQuery q) {
    SortField newest = new SortField(PostingFields.PUBLISHED, SortField.Type.LONG, true);
    SortField id = SortField.FIELD_DOC;
    return switch (q.sort()) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
      case DISTANCE ->
          new Sort(
              LatLonDocValuesField.newDistanceSort(PostingFields.LOCATION, q.lat(), q.lng()),
              newest,
              id);
      case NEWEST -> new Sort(newest, id);
      case PAY ->
          new Sort(
              new SortField(PostingFields.PAY_MAX_MONTH, SortField.Type.LONG, true), newest, id);
    };
  }

  /** Runs the search: the page of hits, the exact total and the facets over all matches. */
  public JobSearchResult search(IndexSearcher searcher, JobSearchQuery q) {
    int offset = q.page() * q.size();
    int wanted = offset + q.size();
    try {
      TopFieldCollectorManager top =
          new TopFieldCollectorManager(sort(q), wanted, null, Integer.MAX_VALUE);
      MultiCollectorManager both =
          new MultiCollectorManager(top, FacetCounter.manager(PostingFields.FACETS, FACET_LIMIT));
      Object[] results = searcher.search(query(q), both);
      TopDocs docs = (TopDocs) results[0];
      @SuppressWarnings("unchecked")
      Map<String, List<SearchFacetValue>> facets = (Map<String, List<SearchFacetValue>>) results[1];
      StoredFields stored = searcher.storedFields();
      List<JobSearchHit> hits = new ArrayList<>();
      ScoreDoc[] scoreDocs = docs.scoreDocs;
      for (int i = offset; i < scoreDocs.length; i++) {
        hits.add(hit(stored.document(scoreDocs[i].doc), q));
      }
      for (String[] f : PostingFields.FACETS) {
        facets = withDefault(facets, f[0]);
      }
      return new JobSearchResult(hits, q.page(), q.size(), docs.totalHits.value, facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<SearchFacetValue>> withDefault(
      Map<String, List<SearchFacetValue>> facets, String name) {
    if (facets.containsKey(name)) {
      return facets;
    }
    Map<String, List<SearchFacetValue>> out = new java.util.HashMap<>(facets);
    out.put(name, List.of());
    return out;
  }

  private static JobSearchHit hit(Document d, JobSearchQuery q) {
    Double lat = number(d, PostingFields.LAT);
    Double lng = number(d, PostingFields.LNG);
    Double distance = null;
    if (q.hasLocation() && lat != null && lng != null) {
      double meters = SloppyMath.haversinMeters(q.lat(), q.lng(), lat, lng);
      distance = Math.round(meters / 100.0) / 10.0;
    }
    long published = d.getField(PostingFields.PUBLISHED).numericValue().longValue();
    return new JobSearchHit(
        Long.parseLong(d.get(LuceneIndex.ID)),
        d.get(PostingFields.TITLE_STORED),
        d.getField(PostingFields.EMPLOYER_ID).numericValue().longValue(),
        d.get(PostingFields.EMPLOYER_NAME),
        d.get(PostingFields.OCCUPATION_CODE),
        d.get(PostingFields.OCCUPATION_NAME_ZH),
        d.get(PostingFields.OCCUPATION_NAME_EN),
        JobKind.valueOf(d.get(PostingFields.KIND)),
        new Money(d.getField(PostingFields.PAY_MIN).numericValue().longValue()),
        new Money(d.getField(PostingFields.PAY_MAX).numericValue().longValue()),
        PayUnit.valueOf(d.get(PostingFields.PAY_UNIT)),
        d.get(PostingFields.STREET),
        d.get(PostingFields.STREET_NAME),
        d.get(PostingFields.DISTRICT),
        published == 0
            ? null
            : BusinessTime.local(
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(published), BusinessTime.ZONE)),
        distance,
        d.getField(PostingFields.APPROXIMATE) != null
            && d.getField(PostingFields.APPROXIMATE).numericValue().intValue() == 1);
  }

  private static Double number(Document d, String field) {
    var f = d.getField(field);
    return f == null ? null : f.numericValue().doubleValue();
  }
}
