package org.qingsong.calendar;

import org.qingsong.support.H2App;

@H2App
class CalendarApiH2Test extends CalendarApiContract {}
