package org.qingsong.people;

import java.time.LocalDate;

/** A vocational certificate a person holds, e.g. 养老护理员（五级）. */
public record Certificate(String name, LocalDate issuedOn) {}
