package org.qingsong.jobs.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A posting's free text folded so that width, case, spacing, punctuation and the usual disguises do
 * not hide a phrase: "押 金", "押.金", "押金" and "压金" all read 押金; "薇信", "V信", "vx" and "+V" all read
 * 微信. The text is kept as clauses (split at sentence breaks and commas) because whether a fee is
 * charged or waived is decided within its clause.
 */
final class ScreeningText {

  private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  // After NFKC the full-width ！？；，： have become their ASCII forms; 。 and 、 stay.
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[。!?;,\\n\\r]+");
  // "300-800" would otherwise fold into one number.
  private static final Pattern RANGE_DASH = Pattern.compile("(?<=\\d)\\s*[-~–—]\\s*(?=\\d)");
  private static final Pattern PLUS_BEFORE_CHAT = Pattern.compile("\\+\\s*(?=[a-z微薇威v扣q])");
  private static final Pattern FILLER = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String TRADITIONAL = "費證銀單點讚賺結貸號資報務體檢訓裝紹護帳戶險壓機飛紙掃";
  private static final String SIMPLIFIED = "费证银单点赞赚结贷号资报务体检训装绍护账户险压机飞纸扫";

  // Applied in order, after filler is removed.
  private static final List<Map.Entry<Pattern, String>> DISGUISES =
      List.of(
          Map.entry(Pattern.compile("薇信|威信|徽信|微芯|维信|v信|vx|wx|weixin|wechat"), "微信"),
          Map.entry(Pattern.compile("加(?:微|薇|v)(?!信)"), "加微信"),
          Map.entry(Pattern.compile("扣扣|企鹅号"), "qq"),
          Map.entry(Pattern.compile("纸飞机|飞机号|telegram|电报号"), "tg"),
          Map.entry(Pattern.compile("压金|ya金|y金"), "押金"),
          Map.entry(Pattern.compile("保正金"), "保证金"),
          Map.entry(Pattern.compile("shua单|刷dan"), "刷单"));

  private final List<String> clauses;

  private ScreeningText(List<String> clauses) {
    this.clauses = clauses;
  }

  /** Folds each part (title, description, contact …); parts never run into one another. */
  static ScreeningText of(String... parts) {
    List<String> clauses = new ArrayList<>();
    for (String part : parts) {
      String text = widthAndCase(part);
      text = THOUSANDS_SEPARATOR.matcher(text).replaceAll("");
      text = RANGE_DASH.matcher(text).replaceAll("至");
      text = PLUS_BEFORE_CHAT.matcher(text).replaceAll("加");
      for (String clause : CLAUSE_BREAK.split(text)) {
        String folded = FILLER.matcher(clause).replaceAll("");
        for (Map.Entry<Pattern, String> disguise : DISGUISES) {
          folded = disguise.getKey().matcher(folded).replaceAll(disguise.getValue());
        }
        if (!folded.isEmpty()) {
          clauses.add(folded);
        }
      }
    }
    return new ScreeningText(List.copyOf(clauses));
  }

  /** Full-width to half-width (NFKC), lower case, and the traditional forms of key characters. */
  static String widthAndCase(String raw) {
    char[] chars =
        Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int k = TRADITIONAL.indexOf(chars[i]);
      if (k >= 0) {
        chars[i] = SIMPLIFIED.charAt(k);
      }
    }
    return new String(chars);
  }

  List<String> clauses() {
    return clauses;
  }

  /** Every match of the pattern, clause by clause. */
  List<Found> find(Pattern pattern) {
    List<Found> found = new ArrayList<>();
    for (String clause : clauses) {
      Matcher m = pattern.matcher(clause);
      while (m.find()) {
        found.add(new Found(clause, m.start(), m.end()));
      }
    }
    return found;
  }

  boolean contains(Pattern pattern) {
    return clauses.stream().anyMatch(c -> pattern.matcher(c).find());
  }

  /** The distinct phrases the pattern matched, in order of appearance. */
  List<String> phrases(Pattern pattern) {
    return distinct(find(pattern).stream().map(Found::phrase).toList());
  }

  static List<String> distinct(List<String> phrases) {
    Set<String> seen = new LinkedHashSet<>(phrases);
    return List.copyOf(seen);
  }

  @Override
  public String toString() {
    return String.join("|", clauses);
  }

  /** A match inside one clause, with what stands before and after it in that clause. */
  record Found(String clause, int start, int end) {
    String phrase() {
      return clause.substring(start, end);
    }

    String before() {
      return clause.substring(0, start);
    }

    String after() {
      return clause.substring(end);
    }
  }
}
