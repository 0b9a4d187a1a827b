/**
 * Station paperwork: the Excel template for postings collected on paper, reading a filled-in
 * template back into postings, and the Excel exports of postings and placements. Only the file
 * format lives here; what a valid posting is stays with {@link org.qingsong.jobs.Jobs}.
 */
package org.qingsong.jobs.spreadsheet;
