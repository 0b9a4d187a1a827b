package org.qingsong.assistance;

import java.time.LocalDate;
import org.qingsong.common.Money;

/**
 * A member of an assisted household as declared at intake (and corrected by verification and
 * monitoring). The name and ID number come from the people registry; the ID number is masked.
 */
public record Member(
    long personId,
    String name,
    String idNumber,
    LocalDate birthDate,
    String streetCode,
    Relation relation,
    Money monthlyIncome,
    boolean ableToWork,
    Disability disability,
    Employment employment) {}
