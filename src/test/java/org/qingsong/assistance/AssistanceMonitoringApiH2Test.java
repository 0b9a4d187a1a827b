package org.qingsong.assistance;

import org.qingsong.support.H2App;

@H2App
class AssistanceMonitoringApiH2Test extends AssistanceMonitoringApiContract {}
