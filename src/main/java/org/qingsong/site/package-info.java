/**
 * The site's frame: home page, shared layout, language switch and the demo banner. Owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.qingsong.site;
