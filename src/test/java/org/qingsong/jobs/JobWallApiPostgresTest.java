package org.qingsong.jobs;

import org.qingsong.support.PostgresApp;

@PostgresApp
class JobWallApiPostgresTest extends JobWallApiContract {}
