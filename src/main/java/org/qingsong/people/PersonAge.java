package org.qingsong.people;

import java.time.LocalDate;
import org.qingsong.common.Gender;

/** What legal age rules need of a person: their birth date and gender. */
public record PersonAge(long personId, LocalDate birthDate, Gender gender) {}
