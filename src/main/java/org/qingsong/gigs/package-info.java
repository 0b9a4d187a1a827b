/**
 * Gig market (零工服务平台 "共享生活管家"): the household-service catalogue, gig workers with their
 * certificates and hours, care recipients, orders and their visits from request to rating, the
 * assignment of workers to visits (never two overlapping visits for one worker, travel buffer
 * included), the dispatcher behind {@link org.qingsong.gigs.GigDispatcher}, and what workers earn
 * and customers owe.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gig market")
package org.qingsong.gigs;
