package org.qingsong.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.assistance.store.HotlineStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.IdNumber;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.PhoneNumber;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-window intake (一门受理): the street's window registers an application of any of the 8+1 kinds
 * for a household drawn from the people registry, in one form, and the application goes straight to
 * the departments for verification. Hotline requests are recorded and handed to the street office
 * responsible. Every application and request gets a receipt number {@code
 * ZZ-<district>-<yyyyMMdd>-<running number>} with which the applicant can follow it.
 */
@Service
public class Intake {
  static final int MAX_MEMBERS = 20;
  private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final CaseStore cases;
  private final HotlineStore hotline;
  private final Verification verification;
  private final People people;
  private final Divisions divisions;
  private final AssistanceSettings settings;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  Intake(
      CaseStore cases,
      HotlineStore hotline,
      Verification verification,
      People people,
      Divisions divisions,
      AssistanceSettings settings,
      CurrentActor currentActor,
      AuditTrail audit,
      JdbcClient jdbc,
      Clock clock) {
    this.cases = cases;
    this.hotline = hotline;
    this.verification = verification;
    this.people = people;
    this.divisions = divisions;
    this.settings = settings;
    this.currentActor = currentActor;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Registers an application and sends it for verification, in one transaction: the case starts
   * SUBMITTED and moves to VERIFYING with one task per active department.
   */
  @Transactional
  public AssistanceCase apply(ApplicationForm form) {
    return apply(form, IntakeChannel.WINDOW);
  }

  AssistanceCase apply(ApplicationForm form, IntakeChannel channel) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    Valid v = validate(form, actor);
    if (v.hotlineId() != null) {
      channel = IntakeChannel.HOTLINE;
    }
    if (!cases.openCases(v.applicant().id(), v.kind()).isEmpty()) {
      throw DomainException.conflict("assistance.duplicate", v.kind().name());
    }
    String receipt = receipt(v.applicant().districtCode(), v.receivedOn());
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id =
        cases.insert(
            new CaseStore.NewCase(
                receipt,
                v.kind(),
                channel,
                v.applicant().id(),
                v.applicant().streetCode(),
                v.applicant().districtCode(),
                v.areaType(),
                v.receivedOn(),
                v.need(),
                v.bankAccount(),
                v.assets(),
                now,
                actor.username()));
    for (CaseStore.MemberRow m : v.members()) {
      cases.insertMember(id, m);
    }
    cases.event(id, null, CaseStatus.SUBMITTED, channel.name(), now, actor.username());
    audit.record("ASSISTANCE_INTAKE", "ASSISTANCE_CASE", id, receipt + " " + v.kind());
    if (v.hotlineId() != null && !hotline.convert(v.hotlineId(), id)) {
      throw DomainException.conflict("assistance.hotline.notOpen", v.hotlineId());
    }
    verification.send(id, v.receivedOn());
    cases.transition(id, CaseStatus.SUBMITTED, CaseStatus.VERIFYING, now);
    cases.event(id, CaseStatus.SUBMITTED, CaseStatus.VERIFYING, null, now, actor.username());
    return cases.find(id).orElseThrow();
  }

  /** Records a hotline call and hands it to the office of the street responsible. */
  @Transactional
  public HotlineRequest recordCall(HotlineForm form) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    FieldErrors errors = new FieldErrors();
    String caller = errors.text("callerName", form.callerName(), 50);
    PhoneNumber phone = errors.parse("phone", form.phone(), PhoneNumber::new);
    String need = errors.text("need", form.need(), 500);
    AssistanceKind kind = errors.parseOptional("kind", form.kind(), Parse::kind).orElse(null);
    String office = errors.text("officeCode", form.officeCode(), 12);
    String district = null;
    if (office != null) {
      Optional<Division> street = divisions.street(office);
      if (street.isEmpty()) {
        errors.add("officeCode", "division.notStreet", office);
      } else {
        district = divisions.districtOf(office).orElse(null);
      }
    }
    errors.throwIfAny();
    if (!CaseAccess.inScope(actor, district)) {
      throw DomainException.forbidden("assistance.district.outOfScope");
    }
    LocalDate today = LocalDate.now(clock);
    String receipt = receipt(district, today);
    long id =
        hotline.insert(
            receipt,
            caller,
            phone,
            need,
            kind,
            office,
            district,
            OffsetDateTime.now(clock),
            actor.username());
    audit.record("ASSISTANCE_HOTLINE", "ASSISTANCE_HOTLINE", id, receipt + " -> " + office);
    return hotline.find(id).orElseThrow();
  }

  /** Hands a hotline request to another street office of the same district. */
  @Transactional
  public HotlineRequest handOver(long id, String officeCode) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    HotlineRequest r = visibleCall(id, actor);
    FieldErrors errors = new FieldErrors();
    String office = errors.text("officeCode", officeCode, 12);
    if (office != null
        && !divisions.districtOf(office).map(r.districtCode()::equals).orElse(false)) {
      errors.add("officeCode", "assistance.hotline.officeOutsideDistrict", office);
    }
    errors.throwIfAny();
    if (!"OPEN".equals(r.status())) {
      throw DomainException.conflict("assistance.hotline.notOpen", id);
    }
    hotline.handOver(id, office);
    audit.record("ASSISTANCE_HANDOVER", "ASSISTANCE_HOTLINE", id, r.officeCode() + " -> " + office);
    return hotline.find(id).orElseThrow();
  }

  /** The queue of hotline requests of one office (a street), or of the caller's district. */
  @Transactional(readOnly = true)
  public PageResult<HotlineRequest> calls(
      String districtCode, String officeCode, String status, PageRequest page) {
    String district = CaseAccess.district(currentActor.get(), districtCode);
    return hotline.queue(district, officeCode, status, page);
  }

  @Transactional(readOnly = true)
  public HotlineRequest call(long id) {
    return visibleCall(id, currentActor.get());
  }

  /**
   * What an applicant may learn with their receipt: only the status, and only when the ID number
   * (for applications) or the phone (for hotline requests) matches; otherwise "not found", the same
   * answer as for a receipt that does not exist.
   */
  @Transactional(readOnly = true)
  public ReceiptStatus status(String receiptNo, String idNumber, String phone) {
    String receipt = receiptNo == null ? "" : receiptNo.strip().toUpperCase(java.util.Locale.ROOT);
    FieldErrors errors = new FieldErrors();
    if ((idNumber == null || idNumber.isBlank()) && (phone == null || phone.isBlank())) {
      errors.add("idNumber", "field.required");
    }
    errors.throwIfAny();
    Optional<AssistanceCase> c = cases.findByReceipt(receipt);
    if (c.isPresent() && idNumber != null && !idNumber.isBlank()) {
      Person applicant = people.lookup(c.get().applicantId()).orElseThrow();
      if (sameId(applicant.idNumber(), idNumber)) {
        AssistanceCase found = c.get();
        return new ReceiptStatus(
            found.receiptNo(), found.kind(), found.status().name(), found.receivedOn());
      }
    }
    Optional<String[]> call = hotline.phoneAndStatus(receipt);
    if (call.isPresent() && phone != null && !phone.isBlank()) {
      try {
        if (new PhoneNumber(phone).value().equals(call.get()[0])) {
          return new ReceiptStatus(
              receipt,
              call.get()[2] == null ? null : AssistanceKind.valueOf(call.get()[2]),
              "HOTLINE_" + call.get()[1],
              null);
        }
      } catch (InvalidValueException e) {
        // a malformed phone matches nothing
      }
    }
    throw DomainException.notFound("assistance.receipt.notFound", receipt);
  }

  private static boolean sameId(IdNumber id, String raw) {
    try {
      return new IdNumber(raw).equals(id);
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private HotlineRequest visibleCall(long id, Actor actor) {
    CaseAccess.requireReader(actor);
    HotlineRequest r =
        hotline
            .find(id)
            .orElseThrow(() -> DomainException.notFound("assistance.hotline.notFound", id));
    if (!CaseAccess.inScope(actor, r.districtCode())) {
      throw DomainException.notFound("assistance.hotline.notFound", id);
    }
    return r;
  }

  /** A new receipt number: prefix, district, date, and the shared running number. */
  String receipt(String districtCode, LocalDate on) {
    long seq = jdbc.sql("SELECT NEXTVAL('assistance_receipt_seq')").query(Long.class).single();
    return settings.receiptPrefix()
        + "-"
        + districtCode
        + "-"
        + on.format(RECEIPT_DATE)
        + "-"
        + String.format("%06d", seq);
  }

  private record Valid(
      AssistanceKind kind,
      Person applicant,
      List<CaseStore.MemberRow> members,
      Assets assets,
      String areaType,
      String need,
      String bankAccount,
      LocalDate receivedOn,
      Long hotlineId) {}

  private Valid validate(ApplicationForm form, Actor actor) {
    FieldErrors errors = new FieldErrors();
    AssistanceKind kind = errors.parse("kind", form.kind(), Parse::kind);
    Person applicant = null;
    if (form.applicantId() == null) {
      errors.add("applicantId", "field.required");
    } else {
      applicant = people.lookup(form.applicantId()).orElse(null);
      if (applicant == null) {
        errors.add("applicantId", "assistance.person.unknown", form.applicantId());
      } else if (applicant.districtCode() == null) {
        errors.add("applicantId", "assistance.person.noDistrict");
      }
    }
    LocalDate today = LocalDate.now(clock);
    List<CaseStore.MemberRow> members = new ArrayList<>();
    List<ApplicationForm.MemberForm> memberForms =
        form.members() == null ? List.of() : form.members();
    if (memberForms.isEmpty()) {
      errors.add("members", "assistance.members.empty");
    } else if (memberForms.size() > MAX_MEMBERS) {
      errors.add("members", "assistance.members.tooMany", MAX_MEMBERS);
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < memberForms.size() && i < MAX_MEMBERS; i++) {
      ApplicationForm.MemberForm m = memberForms.get(i);
      String field = "members[" + i + "]";
      if (m == null || m.personId() == null) {
        errors.add(field + ".personId", "field.required");
        continue;
      }
      Person p = people.lookup(m.personId()).orElse(null);
      if (p == null) {
        errors.add(field + ".personId", "assistance.person.unknown", m.personId());
        continue;
      }
      if (!seen.add(p.id())) {
        errors.add(field + ".personId", "assistance.members.duplicate", p.name());
        continue;
      }
      boolean self = applicant != null && p.id() == applicant.id();
      Relation relation =
          errors
              .parseOptional(field + ".relation", m.relation(), r -> Parse.value(Relation.class, r))
              .orElse(self ? Relation.SELF : Relation.OTHER);
      Money income = errors.parse(field + ".monthlyIncome", m.monthlyIncome(), Money::ofYuan);
      Disability disability =
          errors
              .parseOptional(
                  field + ".disability", m.disability(), r -> Parse.value(Disability.class, r))
              .orElse(Disability.NONE);
      Employment employment =
          errors
              .parseOptional(
                  field + ".employment", m.employment(), r -> Parse.value(Employment.class, r))
              .orElse(Employment.UNEMPLOYED);
      int age = Period.between(p.birthDate(), today).getYears();
      boolean able =
          m.ableToWork() != null
              ? m.ableToWork()
              : disability != Disability.SEVERE
                  && age >= settings.workingAgeFrom()
                  && age <= settings.workingAgeTo();
      if (income != null) {
        members.add(
            new CaseStore.MemberRow(p.id(), relation, income, able, disability, employment));
      }
    }
    if (applicant != null && !memberForms.isEmpty() && !seen.contains(applicant.id())) {
      errors.add("members", "assistance.members.applicantMissing");
    }
    ApplicationForm.AssetsForm af =
        form.assets() == null ? new ApplicationForm.AssetsForm(null, null, null) : form.assets();
    Money deposits =
        errors.parseOptional("assets.deposits", af.deposits(), Money::ofYuan).orElse(new Money(0));
    int vehicles = count(errors, "assets.vehicles", af.vehicles());
    int properties = count(errors, "assets.extraProperties", af.extraProperties());
    String areaType =
        errors
            .parseOptional("areaType", form.areaType(), Intake::areaType)
            .orElse(applicant == null ? "URBAN" : defaultAreaType(applicant.streetName()));
    String need = errors.optionalText("need", form.need(), 500);
    String bank =
        errors.parseOptional("bankAccount", form.bankAccount(), Intake::bankAccount).orElse(null);
    LocalDate received =
        errors.parseOptional("receivedOn", form.receivedOn(), Parse::date).orElse(today);
    if (received.isAfter(today)) {
      errors.add("receivedOn", "assistance.date.future");
    } else if (received.isBefore(today.minusYears(2))) {
      errors.add("receivedOn", "assistance.receivedOn.tooOld");
    }
    if (form.hotlineRequestId() != null) {
      Optional<HotlineRequest> call = hotline.find(form.hotlineRequestId());
      if (call.isEmpty() || !CaseAccess.inScope(actor, call.get().districtCode())) {
        errors.add("hotlineRequestId", "assistance.hotline.notFound", form.hotlineRequestId());
      }
    }
    errors.throwIfAny();
    if (!CaseAccess.inScope(actor, applicant.districtCode())) {
      throw DomainException.forbidden("assistance.district.outOfScope");
    }
    return new Valid(
        kind,
        applicant,
        members,
        new Assets(deposits, vehicles, properties),
        areaType,
        need,
        bank,
        received,
        form.hotlineRequestId());
  }

  private static int count(FieldErrors errors, String field, Integer raw) {
    if (raw == null) {
      return 0;
    }
    if (raw < 0 || raw > 99) {
      errors.add(field, "assistance.count.range", 0, 99);
      return 0;
    }
    return raw;
  }

  /** Streets (街道) are urban; towns and townships (镇, 乡) rural. */
  static String defaultAreaType(String streetName) {
    return streetName != null && streetName.endsWith("街道") ? "URBAN" : "RURAL";
  }

  static String areaType(String raw) {
    String v = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (!v.equals("URBAN") && !v.equals("RURAL")) {
      throw new InvalidValueException("assistance.areaType.unknown");
    }
    return v;
  }

  static String bankAccount(String raw) {
    String digits = raw.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{10,30}")) {
      throw new InvalidValueException("assistance.bankAccount.format");
    }
    return digits;
  }
}
