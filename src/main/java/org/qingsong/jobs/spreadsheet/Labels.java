package org.qingsong.jobs.spreadsheet;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.Languages;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.PayUnit;
import org.springframework.context.MessageSource;

/**
 * The words a spreadsheet uses for the posting's coded values (全职, 月, 适合4050人员 …) and the way back:
 * a cell may hold the Chinese or English word or the code itself.
 */
final class Labels {
  private final MessageSource messages;
  private final Locale locale;
  private final Map<String, String> kinds = new HashMap<>();
  private final Map<String, String> payUnits = new HashMap<>();
  private final Map<String, String> relaxations = new HashMap<>();

  Labels(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
    for (Locale language : Languages.SUPPORTED) {
      for (JobKind k : JobKind.values()) {
        kinds.put(key(text("spreadsheet.kind." + k, language)), k.name());
      }
      for (PayUnit u : PayUnit.values()) {
        payUnits.put(key(text("spreadsheet.payUnit." + u, language)), u.name());
      }
      for (Relaxation r : Relaxation.values()) {
        relaxations.put(key(text("spreadsheet.relaxation." + r, language)), r.name());
      }
    }
  }

  Locale locale() {
    return locale;
  }

  String text(String code, Object... args) {
    return text(code, locale, args);
  }

  String kind(JobKind kind) {
    return text("spreadsheet.kind." + kind);
  }

  String payUnit(PayUnit unit) {
    return text("spreadsheet.payUnit." + unit);
  }

  String relaxation(Relaxation relaxation) {
    return text("spreadsheet.relaxation." + relaxation);
  }

  String status(PostingStatus status) {
    return text("spreadsheet.status." + status);
  }

  /** The code for a kind's word; anything else unchanged, for validation to refuse. */
  String kindCode(String word) {
    return kinds.getOrDefault(key(word), word);
  }

  String payUnitCode(String word) {
    return payUnits.getOrDefault(key(word), word);
  }

  String relaxationCode(String word) {
    return relaxations.getOrDefault(key(word), word.strip());
  }

  private String text(String code, Locale language, Object... args) {
    return messages.getMessage(code, args, code, language);
  }

  private static String key(String word) {
    return word == null ? "" : word.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
