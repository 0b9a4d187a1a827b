/**
 * The deterministic demo city: stations in every street, employers and residents with valid,
 * checksum-correct numbers on Zhuzhou's real divisions, and the role-named demo accounts. Used on
 * first start in demo mode and by the {@code demo} command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo city")
package org.qingsong.demo;
