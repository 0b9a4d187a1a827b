package org.qingsong.occupations;

import org.qingsong.support.PostgresApp;

@PostgresApp
class OccupationApiPostgresTest extends OccupationApiContract {}
