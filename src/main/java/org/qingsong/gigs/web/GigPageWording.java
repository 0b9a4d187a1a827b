package org.qingsong.gigs.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.Money;
import org.qingsong.gigs.CertificateKind;
import org.qingsong.gigs.Check;
import org.qingsong.gigs.GigOrder;
import org.qingsong.gigs.HouseholdService;
import org.qingsong.gigs.ServiceCatalogue;
import org.qingsong.gigs.ServiceTask;
import org.qingsong.gigs.Visit;
import org.qingsong.gigs.WorkerCertificate;
import org.springframework.context.MessageSource;

/**
 * How the gig market reads on the pages in the visitor's language: service, task and certificate
 * names, prices in yuan, times of day in the business time zone, the candidate rules as sentences,
 * map links, and errors as sentences. Public because the templates call it.
 */
public final class GigPageWording {
  private final MessageSource messages;
  private final ServiceCatalogue catalogue;
  private final Locale locale;

  GigPageWording(MessageSource messages, ServiceCatalogue catalogue, Locale locale) {
    this.messages = messages;
    this.catalogue = catalogue;
    this.locale = locale;
  }

  private boolean english() {
    return "en".equals(locale.getLanguage());
  }

  public String service(HouseholdService s) {
    return english() ? s.nameEn() : s.nameZh();
  }

  public String service(String code) {
    return catalogue.find(code).map(this::service).orElse(code);
  }

  public String service(Visit v) {
    return english() ? v.serviceNameEn() : v.serviceNameZh();
  }

  public String task(ServiceTask t) {
    return english() ? t.nameEn() : t.nameZh();
  }

  public String certificate(CertificateKind k) {
    return english() ? k.nameEn() : k.nameZh();
  }

  public String certificate(WorkerCertificate c) {
    return english() ? c.nameEn() : c.nameZh();
  }

  /** The service's certificates a worker must hold, as one line ("—" when none). */
  public String requiredCertificates(HouseholdService s) {
    if (s.requiredCertificates().isEmpty()) {
      return message("gigpages.catalogue.noCertificate");
    }
    return String.join(
        english() ? ", " : "、", s.requiredCertificates().stream().map(this::certificate).toList());
  }

  /** The guide price with its unit: "45 元/小时" or "380 元/次". */
  public String price(HouseholdService s) {
    return message("gigpages.price." + s.priceUnit().name(), yuan(s.guidePrice()));
  }

  public String yuan(Money m) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(m.yuan());
  }

  public String yuan(BigDecimal amount) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(amount);
  }

  /** "09:00" of a moment, in the business time zone. */
  public String time(OffsetDateTime t) {
    if (t == null) {
      return "";
    }
    OffsetDateTime local = BusinessTime.local(t);
    return "%02d:%02d".formatted(local.getHour(), local.getMinute());
  }

  /** "2026-11-26 09:00" of a moment, in the business time zone. */
  public String dateTime(OffsetDateTime t) {
    if (t == null) {
      return "";
    }
    return BusinessTime.local(t).toLocalDate() + " " + time(t);
  }

  /** "09:00–11:00" of a visit. */
  public String window(Visit v) {
    return time(v.startsAt()) + "–" + time(v.endsAt());
  }

  /** The date of a visit with its weekday, "2026-11-26（周四）". */
  public String day(Visit v) {
    return message(
        "gigpages.day",
        v.date().toString(),
        message("gigpages.weekday." + v.date().getDayOfWeek().name()));
  }

  /** A rule's outcome as a sentence, in the page's language. */
  public String check(Check c) {
    return messages.getMessage(c.code(), c.args().toArray(), c.code(), locale);
  }

  /** An OpenStreetMap link centred on the place, with a marker. */
  public String mapLink(GeoPoint p) {
    String lat = coordinate(p.lat());
    String lng = coordinate(p.lng());
    return "https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=18/%s/%s"
        .formatted(lat, lng, lat, lng);
  }

  /** A geo: link that opens the phone's own map app. */
  public String geoLink(GeoPoint p) {
    return "geo:" + coordinate(p.lat()) + "," + coordinate(p.lng());
  }

  public String coordinate(double v) {
    return BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  public String message(DomainException e) {
    return messages.getMessage(e.code(), e.args(), e.code(), locale);
  }

  /**
   * How an every-working-day order followed the official calendar; null when it changed nothing.
   */
  public String calendarNote(GigOrder o) {
    return WorkingDaysWording.note(o.workingDays(), messages, locale);
  }

  public String message(String code, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }

  /**
   * The first message of each invalid field, by field name as the service names it (list indexes
   * kept, so a form with rows can show each row's error next to it).
   */
  public Map<String, String> fieldErrors(List<FieldViolation> violations) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldViolation v : violations) {
      out.putIfAbsent(
          v.field(), messages.getMessage(v.code(), v.args().toArray(), v.code(), locale));
    }
    return out;
  }

  /** A field's label for the error summary: the page's label for it, list indexes dropped. */
  public String fieldLabel(String field) {
    String base = field.replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
    String label = messages.getMessage("gigpages.field." + base, null, null, locale);
    return label == null ? field : label;
  }

  /**
   * The id of a field's input on the page: {@code certificates[0].kind} is {@code
   * certificates-0-kind}.
   */
  public String anchor(String field) {
    return field.replace("[", "-").replace("]", "").replace(".", "-");
  }
}
