package org.qingsong.jobs.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.qingsong.jobs.AgeBand;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.Posting;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The wall's words in the reader's language: pay, age bands, kinds of work, relaxations. */
@Component
class WallText {
  private final MessageSource messages;

  WallText(MessageSource messages) {
    this.messages = messages;
  }

  String pay(Posting p, Locale locale) {
    String unit = text("wall.payUnit." + p.payUnit().name(), locale);
    if (p.payMin().equals(p.payMax())) {
      return text("wall.pay.single", locale, yuan(p.payMin().yuan()), unit);
    }
    return text("wall.pay", locale, yuan(p.payMin().yuan()), yuan(p.payMax().yuan()), unit);
  }

  String ageBand(AgeBand band, Locale locale) {
    return band.to() == null
        ? text("wall.ageBand.open", locale, Integer.toString(band.from()))
        : text("wall.ageBand", locale, Integer.toString(band.from()), Integer.toString(band.to()));
  }

  String kind(JobKind kind, Locale locale) {
    return text("wall.kind." + kind.name(), locale);
  }

  List<String> relaxations(Posting p, Locale locale) {
    return p.relaxations().stream().map(r -> text("wall.relaxation." + r.name(), locale)).toList();
  }

  String text(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }

  private static String yuan(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
