/**
 * Occupations and skills: the curated bilingual list of occupations (shipped as reference data
 * under {@code reference/occupations}, see its SOURCE.md) with stable codes, categories and the
 * usual pay range of each. People's skills, job postings, fraud screening and matching refer to
 * occupations by code through {@link org.qingsong.occupations.Occupations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Occupations and skills")
package org.qingsong.occupations;
