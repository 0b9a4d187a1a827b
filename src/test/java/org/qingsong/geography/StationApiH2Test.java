package org.qingsong.geography;

import org.qingsong.support.H2App;

@H2App
class StationApiH2Test extends StationApiContract {}
