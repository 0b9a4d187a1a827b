package org.qingsong.matching.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What the analysers make of the words residents type and postings use. */
class SearchAnalyzersTest {
  static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void smartcnSplitsOccupationsIntoTheWordsPeopleSearchFor() throws IOException {
    Analyzer zh = SearchAnalyzers.chinese();
    assertThat(tokens(zh, "all", "养老护理员")).containsExactly("养老", "护理", "员");
    assertThat(tokens(zh, "all", "养老护理")).containsExactly("养老", "护理");
    assertThat(tokens(zh, "all", "居家保姆")).containsExactly("居家", "保姆");
    assertThat(tokens(zh, "all", "保姆")).containsExactly("保姆");
    assertThat(tokens(zh, "all", "居家养老护理员")).contains("养老", "护理");
  }

  @Test
  void theEnglishFieldsStemAndDropStopWords() throws IOException {
    Analyzer perField = SearchAnalyzers.perField();
    assertThat(tokens(perField, PostingFields.TITLE_EN, "The Warehouse Pickers"))
        .containsExactly("warehous", "picker");
    assertThat(tokens(perField, PostingFields.TITLE_EN, "warehouse picker"))
        .containsExactly("warehous", "picker");
    assertThat(tokens(perField, PostingFields.OCCUPATION_EN, "Elderly care worker"))
        .containsExactly("elderli", "care", "worker");
  }

  @Test
  void chineseFieldsUseSmartcnInTheIndexToo() throws IOException {
    Analyzer perField = SearchAnalyzers.perField();
    assertThat(tokens(perField, PostingFields.TITLE, "居家保姆")).containsExactly("居家", "保姆");
  }

  @Test
  void chineseQueriesAreToldApartFromEnglishOnes() {
    assertThat(PostingSearcher.hasChinese("保姆")).isTrue();
    assertThat(PostingSearcher.hasChinese("elderly 护理")).isTrue();
    assertThat(PostingSearcher.hasChinese("warehouse picker")).isFalse();
  }
}
