/**
 * Users, roles, login and the audit trail. Other modules ask it who is acting ({@link
 * org.qingsong.identity.CurrentActor}) and write what they did ({@link
 * org.qingsong.identity.AuditTrail}) in the same transaction as the change itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and audit")
package org.qingsong.identity;
