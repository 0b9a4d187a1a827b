package org.qingsong.jobs.screening;

import java.util.List;

/** The screening rules, each with its stable code and the message key of its reason. */
enum Rule {
  DEPOSIT("screening.deposit"),
  TASK_SCAM("screening.taskScam"),
  PAY_FAR_ABOVE_USUAL("screening.payFarAboveUsual"),
  EASY_MONEY("screening.easyMoney"),
  PRIVATE_CHAT_ONLY("screening.privateChatOnly"),
  IDENTITY_OR_BANK_CARD("screening.identityOrBankCard"),
  LOAN("screening.loan"),
  WORK_ABROAD_LURE("screening.workAbroadLure"),
  EMPLOYER_UNVERIFIED("screening.employerUnverified"),
  EMPLOYER_SUSPENDED("screening.employerSuspended"),
  CREDIT_CODE_FLAGGED("screening.creditCodeFlagged");

  private final String reason;

  Rule(String reason) {
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  FraudFlag flag(List<String> evidence) {
    return new FraudFlag(name(), reason, evidence);
  }
}
