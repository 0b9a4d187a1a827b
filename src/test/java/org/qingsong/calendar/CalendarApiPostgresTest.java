package org.qingsong.calendar;

import org.qingsong.support.PostgresApp;

@PostgresApp
class CalendarApiPostgresTest extends CalendarApiContract {}
