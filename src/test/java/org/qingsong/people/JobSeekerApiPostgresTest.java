package org.qingsong.people;

import org.qingsong.support.PostgresApp;

@PostgresApp
class JobSeekerApiPostgresTest extends JobSeekerApiContract {}
