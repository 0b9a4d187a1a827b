package org.qingsong.assistance;

import org.qingsong.support.PostgresApp;

@PostgresApp
class AssistanceCaseApiPostgresTest extends AssistanceCaseApiContract {}
