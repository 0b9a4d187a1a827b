package org.qingsong.matching.search;

import static org.qingsong.matching.search.PeopleFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.qingsong.matching.SearchPay;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.WorkKind;

/**
 * Turns a job seeker into their document: wanted occupations (codes, Chinese and English names),
 * skills and certificates, priority groups (codes and names, so that 退役军人 finds veterans), kinds of
 * work, street, district, home point, least pay and when the profile changed. Nothing that
 * identifies the person is written.
 */
public final class SeekerDocuments {
  private final Function<String, Occupation> occupations;
  private final BiFunction<PriorityGroup, Locale, String> groupNames;

  public SeekerDocuments(
      Function<String, Occupation> occupations,
      BiFunction<PriorityGroup, Locale, String> groupNames) {
    this.occupations = occupations;
    this.groupNames = groupNames;
  }

  public Document of(SeekerRecord s) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String code : s.occupationCodes()) {
      Occupation o = occupations.apply(code);
      if (o != null) {
        zh.add(o.nameZh());
        en.add(o.nameEn());
      }
    }
    List<String> skillWords = new ArrayList<>(s.skills());
    skillWords.addAll(s.certificates());
    String skills = String.join(" ", skillWords);
    List<String> groupsZh = new ArrayList<>();
    List<String> groupsEn = new ArrayList<>();
    for (PriorityGroup g : s.groups()) {
      groupsZh.add(groupNames.apply(g, Locale.SIMPLIFIED_CHINESE));
      groupsEn.add(groupNames.apply(g, Locale.ENGLISH));
    }

    Document d = new Document();
    d.add(new StringField(LuceneIndex.ID, Long.toString(s.personId()), Field.Store.YES));
    d.add(new TextField(OCCUPATION, String.join(" ", zh), Field.Store.NO));
    d.add(new TextField(SKILLS, skills, Field.Store.NO));
    d.add(
        new TextField(
            ALL,
            String.join(" ", String.join(" ", zh), skills, String.join(" ", groupsZh)),
            Field.Store.NO));
    d.add(new TextField(OCCUPATION_EN, String.join(" ", en), Field.Store.NO));
    d.add(
        new TextField(
            ALL_EN,
            String.join(" ", String.join(" ", en), skills, String.join(" ", groupsEn)),
            Field.Store.NO));

    for (String code : s.occupationCodes()) {
      keyword(d, OCCUPATION_CODE, code);
    }
    for (PriorityGroup g : s.groups()) {
      keyword(d, GROUP, g.name());
    }
    for (WorkKind k : s.kinds()) {
      keyword(d, KIND, k.name());
    }
    if (s.districtCode() != null) {
      keyword(d, DISTRICT, s.districtCode());
    }
    keyword(d, STREET, s.streetCode());
    d.add(new LatLonPoint(LOCATION, s.lat(), s.lng()));
    d.add(new LatLonDocValuesField(LOCATION, s.lat(), s.lng()));
    d.add(new StoredField(LAT, s.lat()));
    d.add(new StoredField(LNG, s.lng()));
    long monthly = SearchPay.monthlyFen(s.minPayFen(), PayUnit.valueOf(s.payUnit()));
    d.add(new LongPoint(MIN_PAY_MONTH, monthly));
    d.add(new StoredField(MIN_PAY, s.minPayFen()));
    d.add(new StoredField(PAY_UNIT, s.payUnit()));
    long updated = s.updatedAt() == null ? 0 : s.updatedAt().toInstant().toEpochMilli();
    d.add(new NumericDocValuesField(UPDATED, updated));
    d.add(new StoredField(UPDATED, updated));
    d.add(new StoredField(STREET_NAME, s.streetName()));
    return d;
  }

  private static void keyword(Document d, String field, String value) {
    d.add(new StringField(field, value, Field.Store.YES));
    d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }
}
