/**
 * Jobs: postings and their life cycle (draft, fraud screening, review, publication, expiry),
 * applications through to hire, the placements that hires record, and the stations' weekly job
 * walls. Every posting is screened before anyone sees it. Publishes {@link
 * org.qingsong.jobs.PlacementRecorded} when a hire records a placement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package org.qingsong.jobs;
