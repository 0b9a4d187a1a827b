package org.qingsong.demo;

import org.qingsong.support.PostgresApp;

@PostgresApp
class CityDemoPostgresTest extends CityDemoContract {}
