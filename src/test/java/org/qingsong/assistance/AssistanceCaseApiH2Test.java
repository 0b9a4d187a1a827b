package org.qingsong.assistance;

import org.qingsong.support.H2App;

@H2App
class AssistanceCaseApiH2Test extends AssistanceCaseApiContract {}
