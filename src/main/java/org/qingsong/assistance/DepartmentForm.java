package org.qingsong.assistance;

/**
 * A department as an administrator adds or edits it: a code (capitals, digits, underscores; fixed
 * once created), the Chinese and English names, and whether it receives new tasks.
 */
public record DepartmentForm(String code, String nameZh, String nameEn, Boolean active) {}
