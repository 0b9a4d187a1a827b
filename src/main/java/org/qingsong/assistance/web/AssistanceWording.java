package org.qingsong.assistance.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.assistance.AssistanceKind;
import org.qingsong.assistance.Department;
import org.qingsong.assistance.VerificationTask;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.Money;
import org.springframework.context.MessageSource;

/**
 * How assistance reads on the pages in the visitor's language: kinds, statuses, amounts in yuan,
 * masked names on the publicity list, and errors as sentences. Public because templates call it.
 */
public final class AssistanceWording {
  private final MessageSource messages;
  private final Locale locale;

  AssistanceWording(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  public String kind(AssistanceKind kind) {
    return kind == null ? "" : kind.name(locale);
  }

  public String status(Object status) {
    return status == null ? "" : message("assistance.status." + status);
  }

  public String department(VerificationTask t) {
    return "en".equals(locale.getLanguage()) ? t.departmentNameEn() : t.departmentName();
  }

  public String department(Department d) {
    return d.name(locale);
  }

  public String yuan(Money m) {
    return m == null ? "" : yuan(m.yuan());
  }

  public String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
            .format(amount)
        + " "
        + message("assistance.page.yuan");
  }

  public String message(DomainException e) {
    return messages.getMessage(e.code(), e.args(), e.code(), locale);
  }

  /** Each invalid field's first message, keyed by the full field name. */
  public Map<String, String> fieldErrors(List<FieldViolation> violations) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldViolation v : violations) {
      out.putIfAbsent(
          v.field(), messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
    }
    return out;
  }

  private static final java.util.regex.Pattern INCOME_REASON =
      java.util.regex.Pattern.compile("per-capita income (\\S+) yuan below the standard (\\S+)");
  private static final java.util.regex.Pattern BILL_REASON =
      java.util.regex.Pattern.compile("hospital bill (\\S+) yuan on (\\S+)");

  /**
   * What triggered a proposal, in the visitor's language: monitoring writes the reason in a fixed
   * form (income below the standard, a large hospital bill); anything else is shown as written.
   */
  public String proposalReason(String reason) {
    if (reason == null) {
      return "";
    }
    java.util.regex.Matcher m = INCOME_REASON.matcher(reason);
    if (m.matches()) {
      return message("assistance.page.proposal.reason.income", m.group(1), m.group(2));
    }
    m = BILL_REASON.matcher(reason);
    if (m.matches()) {
      return message("assistance.page.proposal.reason.bill", m.group(1), m.group(2));
    }
    return reason;
  }

  public String message(String code, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }
}
