package org.qingsong.assistance;

import org.qingsong.support.PostgresApp;

@PostgresApp
class AssistanceMonitoringApiPostgresTest extends AssistanceMonitoringApiContract {}
