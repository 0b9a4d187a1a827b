package org.qingsong.gigs;

import org.qingsong.support.H2App;

@H2App
class GigMoneyAndDispatchH2Test extends GigMoneyAndDispatchContract {}
