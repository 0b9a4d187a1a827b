/**
 * Value types and conventions shared by every module: identity numbers, credit codes, phone
 * numbers, geographic points, paging, and the error vocabulary that the web layer turns into RFC
 * 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.qingsong.common;
