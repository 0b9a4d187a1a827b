package org.qingsong.geography;

import org.qingsong.support.PostgresApp;

@PostgresApp
class StationApiPostgresTest extends StationApiContract {}
