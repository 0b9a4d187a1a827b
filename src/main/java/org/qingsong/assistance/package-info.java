/**
 * Social assistance (社会救助): one-window intake of the 8+1 kinds of assistance, verification by the
 * configured departments within working days, assessment against the allowance standards, review,
 * approval, publicity, the monthly payment roll, the low-income database with dynamic monitoring,
 * and referral of able-bodied members to employment services with a gradual exit when they find
 * work. Listens to the jobs module's {@code PlacementRecorded} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social assistance")
package org.qingsong.assistance;
