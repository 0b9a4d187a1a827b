package org.qingsong.jobs;

import org.qingsong.support.PostgresApp;

@PostgresApp
class JobApiPostgresTest extends JobApiContract {}
