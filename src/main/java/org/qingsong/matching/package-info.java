/**
 * Matching: the search index over published postings (Lucene, derived from the database and kept
 * current through the jobs module's events), the exact one-to-one assignment of candidates to
 * positions, explainable recommendations (jobs for a person, people for a posting) by hard filters
 * and a weighted score, and the city-wide batch that stores every active seeker's top ten postings.
 * The index can always be rebuilt from the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.qingsong.matching;
