/**
 * Geography: the city's divisions (district, street, community) loaded from reference data, the
 * employment and gig stations, and the walking model behind the "10-minute service circle".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography and stations")
package org.qingsong.geography;
