/**
 * Fraud screening of job postings: plain rules over a posting's text, pay and employer standing,
 * each returning the rule that matched and the phrases or values it matched on, so that station
 * staff can see why a posting waits for review.
 */
package org.qingsong.jobs.screening;
