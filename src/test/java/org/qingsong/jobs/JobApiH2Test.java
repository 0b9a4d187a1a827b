package org.qingsong.jobs;

import org.qingsong.support.H2App;

@H2App
class JobApiH2Test extends JobApiContract {}
