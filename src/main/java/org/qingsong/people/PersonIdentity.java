package org.qingsong.people;

/** The full personal numbers of a person, for the roles that need them; every view is audited. */
public record PersonIdentity(long id, String name, String idNumber, String phone) {}
