/**
 * Employers and other market entities (enterprises, individual businesses, HR agencies, public
 * institutions): registration with a checked unified social credit code, and their verification by
 * station staff. Contact phones are masked in every view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package org.qingsong.employers;
