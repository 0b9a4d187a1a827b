package org.qingsong.jobs;

import org.qingsong.support.H2App;

@H2App
class JobWallApiH2Test extends JobWallApiContract {}
