package org.qingsong.jobs.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingFlag;
import org.qingsong.occupations.Occupations;
import org.springframework.context.MessageSource;

/**
 * How postings read on the job pages in the visitor's language: pay as "3,800–5,200 元/月",
 * occupations by name, a flag's reason with its evidence, and errors as sentences. Public because
 * the templates call it.
 */
public final class JobWording {
  private final MessageSource messages;
  private final Occupations occupations;
  private final Locale locale;

  JobWording(MessageSource messages, Occupations occupations, Locale locale) {
    this.messages = messages;
    this.occupations = occupations;
    this.locale = locale;
  }

  public String pay(Posting p) {
    String min = yuan(p.payMin().yuan());
    String max = yuan(p.payMax().yuan());
    String amount = min.equals(max) ? min : min + "–" + max;
    return message("jobpages.pay." + p.payUnit().name(), amount);
  }

  public String occupation(String code) {
    return occupations.find(code).map(o -> o.name(locale)).orElse(code);
  }

  /** A flag's reason: a message key that takes the evidence found as its argument. */
  public String reason(PostingFlag flag) {
    return message(flag.reason(), flag.evidence() == null ? "" : flag.evidence());
  }

  public String message(DomainException e) {
    return messages.getMessage(e.code(), e.args(), e.code(), locale);
  }

  /** The first message of each invalid field, by field name (list indexes dropped). */
  public Map<String, String> fieldErrors(List<FieldViolation> violations) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldViolation v : violations) {
      String field = v.field().replaceAll("\\[.*$", "");
      out.putIfAbsent(field, messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
    }
    return out;
  }

  public String message(String code, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }

  private static String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }
}
