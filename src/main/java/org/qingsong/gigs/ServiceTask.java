package org.qingsong.gigs;

/** One line of a service's care-log checklist, ticked by the worker on check-out. */
public record ServiceTask(String code, String nameZh, String nameEn) {}
