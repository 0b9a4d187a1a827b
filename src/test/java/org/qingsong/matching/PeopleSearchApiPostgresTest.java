package org.qingsong.matching;

import org.qingsong.support.PostgresApp;

@PostgresApp
class PeopleSearchApiPostgresTest extends PeopleSearchApiContract {}
