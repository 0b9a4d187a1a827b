/**
 * The official working-day calendar: statutory holidays and adjusted weekend working days per year
 * (shipped as reference data under {@code reference/calendar}, see its SOURCE.md; replaced year by
 * year by an administrator). {@link org.qingsong.calendar.WorkingCalendar} answers whether a date
 * is a working day and which date lies N working days after another, saying so when a computation
 * ran past the covered years and used the weekend rule alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.qingsong.calendar;
