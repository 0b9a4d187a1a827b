package org.qingsong.occupations;

import org.qingsong.support.H2App;

@H2App
class OccupationApiH2Test extends OccupationApiContract {}
