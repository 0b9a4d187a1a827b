package org.qingsong.employers;

/** An employer registration as submitted: raw text, validated by {@link Employers}. */
public record EmployerForm(
    String name,
    String creditCode,
    String kind,
    String streetCode,
    String address,
    String contactName,
    String contactPhone) {}
