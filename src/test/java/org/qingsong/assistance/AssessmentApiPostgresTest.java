package org.qingsong.assistance;

import org.qingsong.support.PostgresApp;

@PostgresApp
class AssessmentApiPostgresTest extends AssessmentApiContract {}
