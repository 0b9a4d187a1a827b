package org.qingsong.assistance.web;

import java.util.ArrayList;
import java.util.List;
import org.qingsong.assistance.ApplicationForm;

/** The window's intake form as the browser posts it: six member rows, blank ones ignored. */
public class IntakePageForm {
  static final int ROWS = 6;

  private String kind;
  private String applicantId;
  private List<Row> members = new ArrayList<>();
  private String deposits;
  private String vehicles;
  private String extraProperties;
  private String areaType;
  private String need;
  private String bankAccount;
  private String receivedOn;
  private String hotlineRequestId;

  public IntakePageForm() {
    for (int i = 0; i < ROWS; i++) {
      members.add(new Row());
    }
  }

  /** One member row. */
  public static class Row {
    private String personId;
    private String relation;
    private String monthlyIncome;
    private String ableToWork;
    private String disability;
    private String employment;

    public String getPersonId() {
      return personId;
    }

    public void setPersonId(String personId) {
      this.personId = personId;
    }

    public String getRelation() {
      return relation;
    }

    public void setRelation(String relation) {
      this.relation = relation;
    }

    public String getMonthlyIncome() {
      return monthlyIncome;
    }

    public void setMonthlyIncome(String monthlyIncome) {
      this.monthlyIncome = monthlyIncome;
    }

    public String getAbleToWork() {
      return ableToWork;
    }

    public void setAbleToWork(String ableToWork) {
      this.ableToWork = ableToWork;
    }

    public String getDisability() {
      return disability;
    }

    public void setDisability(String disability) {
      this.disability = disability;
    }

    public String getEmployment() {
      return employment;
    }

    public void setEmployment(String employment) {
      this.employment = employment;
    }

    boolean blank() {
      return personId == null || personId.isBlank();
    }
  }

  /** The form as the intake service takes it; an unreadable number becomes a field error. */
  ApplicationForm toApplication(List<String> badNumbers) {
    List<ApplicationForm.MemberForm> rows = new ArrayList<>();
    for (Row r : members) {
      if (r.blank()) {
        continue;
      }
      Long id = number("members[" + rows.size() + "].personId", r.personId, badNumbers);
      rows.add(
          new ApplicationForm.MemberForm(
              id == null ? -1L : id,
              r.relation,
              r.monthlyIncome,
              r.ableToWork == null || r.ableToWork.isBlank() ? null : Boolean.valueOf(r.ableToWork),
              r.disability,
              r.employment));
    }
    Long applicant = number("applicantId", applicantId, badNumbers);
    Long hotline = number("hotlineRequestId", hotlineRequestId, badNumbers);
    Integer v = integer("assets.vehicles", vehicles, badNumbers);
    Integer p = integer("assets.extraProperties", extraProperties, badNumbers);
    return new ApplicationForm(
        kind,
        applicant,
        rows,
        new ApplicationForm.AssetsForm(deposits, v, p),
        areaType,
        need,
        bankAccount,
        receivedOn,
        hotline);
  }

  private static Long number(String field, String raw, List<String> bad) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      bad.add(field);
      return null;
    }
  }

  private static Integer integer(String field, String raw, List<String> bad) {
    Long n = number(field, raw, bad);
    return n == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getApplicantId() {
    return applicantId;
  }

  public void setApplicantId(String applicantId) {
    this.applicantId = applicantId;
  }

  public List<Row> getMembers() {
    return members;
  }

  public void setMembers(List<Row> members) {
    this.members = members;
  }

  public String getDeposits() {
    return deposits;
  }

  public void setDeposits(String deposits) {
    this.deposits = deposits;
  }

  public String getVehicles() {
    return vehicles;
  }

  public void setVehicles(String vehicles) {
    this.vehicles = vehicles;
  }

  public String getExtraProperties() {
    return extraProperties;
  }

  public void setExtraProperties(String extraProperties) {
    this.extraProperties = extraProperties;
  }

  public String getAreaType() {
    return areaType;
  }

  public void setAreaType(String areaType) {
    this.areaType = areaType;
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  public String getBankAccount() {
    return bankAccount;
  }

  public void setBankAccount(String bankAccount) {
    this.bankAccount = bankAccount;
  }

  public String getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(String receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getHotlineRequestId() {
    return hotlineRequestId;
  }

  public void setHotlineRequestId(String hotlineRequestId) {
    this.hotlineRequestId = hotlineRequestId;
  }
}
