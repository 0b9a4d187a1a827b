/**
 * Matching: the search index over postings and job seekers (Lucene, derived from the database and
 * kept current through the jobs and people modules' events), the exact one-to-one assignment of
 * candidates to positions, and later scoring, recommendations and dispatch. The index can always be
 * rebuilt from the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.qingsong.matching;
