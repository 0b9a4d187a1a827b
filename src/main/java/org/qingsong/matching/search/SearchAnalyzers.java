package org.qingsong.matching.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Text analysis: Chinese fields go through smartcn, which splits words by a dictionary (养老护理员 →
 * 养老/护理/员, 居家保姆 → 居家/保姆), so a query for a word finds the longer words built from it. English
 * fields ({@code *_en}) go through the English analyser (lower case, stop words, Porter stemming:
 * "cleaners" finds "cleaner").
 */
public final class SearchAnalyzers {
  private SearchAnalyzers() {}

  public static Analyzer chinese() {
    return new SmartChineseAnalyzer();
  }

  public static Analyzer english() {
    return new EnglishAnalyzer();
  }

  /** The analyser an index writes with: smartcn by default, English for the {@code _en} fields. */
  public static Analyzer perField() {
    Analyzer english = english();
    return new PerFieldAnalyzerWrapper(
        chinese(),
        Map.of(
            PostingFields.TITLE_EN, english,
            PostingFields.OCCUPATION_EN, english,
            PostingFields.ALL_EN, english));
  }

  /** The analyser the job-seeker index writes with. */
  public static Analyzer people() {
    Analyzer english = english();
    return new PerFieldAnalyzerWrapper(
        chinese(), Map.of(PeopleFields.OCCUPATION_EN, english, PeopleFields.ALL_EN, english));
  }

  /** Whether a field is analysed as English. */
  static boolean isEnglish(String field) {
    return field.endsWith("_en");
  }
}
