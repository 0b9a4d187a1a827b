package org.qingsong.jobs;

import org.qingsong.support.PostgresApp;

@PostgresApp
class SpreadsheetApiPostgresTest extends SpreadsheetApiContract {}
