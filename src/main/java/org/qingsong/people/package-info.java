/**
 * Residents and job seekers: registration (often by station staff at the counter), priority groups,
 * skills and certificates. ID numbers and phones are masked in every view; the full values are
 * shown only to roles that need them, and each such view is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.qingsong.people;
