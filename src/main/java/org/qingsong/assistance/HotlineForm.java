package org.qingsong.assistance;

/**
 * A hotline call: who called, their phone, what they need, and the street whose office should
 * handle it ({@code officeCode}, a street code); {@code kind} is optional.
 */
public record HotlineForm(
    String callerName, String phone, String need, String kind, String officeCode) {}
