package org.qingsong.gigs;

import org.qingsong.support.H2App;

@H2App
class OptimisingDispatchH2Test extends OptimisingDispatchContract {}
