package org.qingsong.matching.search;

import static org.qingsong.matching.search.PostingFields.*;

import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.qingsong.matching.SearchPay;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.PayUnit;

/** Turns a posting into its document: what is searched, filtered, counted, sorted and shown. */
public final class PostingDocuments {
  private final Function<String, Occupation> occupations;

  /** {@code occupations} looks an occupation up by code (null when unknown). */
  public PostingDocuments(Function<String, Occupation> occupations) {
    this.occupations = occupations;
  }

  public Document of(PostingRecord p) {
    Occupation o = occupations.apply(p.occupationCode());
    String zhName = o == null ? "" : o.nameZh();
    String enName = o == null ? "" : o.nameEn();
    String skills = String.join(" ", p.skills());
    Document d = new Document();
    d.add(new StringField(LuceneIndex.ID, Long.toString(p.id()), Field.Store.YES));

    d.add(new TextField(TITLE, p.title(), Field.Store.NO));
    d.add(new TextField(OCCUPATION, zhName, Field.Store.NO));
    d.add(new TextField(SKILLS, skills, Field.Store.NO));
    d.add(new TextField(EMPLOYER, p.employerName(), Field.Store.NO));
    String all = String.join(" ", p.title(), zhName, skills, p.employerName(), p.description());
    d.add(new TextField(ALL, all, Field.Store.NO));
    d.add(new TextField(TITLE_EN, p.title(), Field.Store.NO));
    d.add(new TextField(OCCUPATION_EN, enName, Field.Store.NO));
    d.add(
        new TextField(
            ALL_EN, String.join(" ", p.title(), enName, skills, p.description()), Field.Store.NO));

    keyword(d, KIND, p.kind());
    keyword(d, OCCUPATION_CODE, p.occupationCode());
    if (p.districtCode() != null) {
      keyword(d, DISTRICT, p.districtCode());
    }
    keyword(d, STREET, p.streetCode());
    long monthlyMax = SearchPay.monthlyFen(p.payMaxFen(), PayUnit.valueOf(p.payUnit()));
    d.add(new LongPoint(PAY_MAX_MONTH, monthlyMax));
    d.add(new NumericDocValuesField(PAY_MAX_MONTH, monthlyMax));
    d.add(new SortedDocValuesField(PAY_BAND, new BytesRef(SearchPay.band(monthlyMax))));
    if (p.lat() != null && p.lng() != null) {
      d.add(new LatLonPoint(LOCATION, p.lat(), p.lng()));
      d.add(new LatLonDocValuesField(LOCATION, p.lat(), p.lng()));
      d.add(new StoredField(LAT, p.lat()));
      d.add(new StoredField(LNG, p.lng()));
      d.add(new StoredField(APPROXIMATE, p.approximate() ? 1 : 0));
    }
    long published = p.publishedAt() == null ? 0 : p.publishedAt().toInstant().toEpochMilli();
    d.add(new NumericDocValuesField(PUBLISHED, published));
    d.add(new StoredField(PUBLISHED, published));

    d.add(new StoredField(TITLE_STORED, p.title()));
    d.add(new StoredField(EMPLOYER_ID, p.employerId()));
    d.add(new StoredField(EMPLOYER_NAME, p.employerName()));
    d.add(new StoredField(OCCUPATION_NAME_ZH, zhName));
    d.add(new StoredField(OCCUPATION_NAME_EN, enName));
    d.add(new StoredField(PAY_MIN, p.payMinFen()));
    d.add(new StoredField(PAY_MAX, p.payMaxFen()));
    d.add(new StoredField(PAY_UNIT, p.payUnit()));
    d.add(new StoredField(STREET_NAME, p.streetName()));
    return d;
  }

  private static void keyword(Document d, String field, String value) {
    d.add(new StringField(field, value, Field.Store.YES));
    d.add(new SortedDocValuesField(field, new BytesRef(value)));
  }
}
