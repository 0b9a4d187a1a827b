package org.qingsong.employers;

import org.qingsong.support.PostgresApp;

@PostgresApp
class EmployerApiOnPostgresTest extends EmployerApiContract {}
