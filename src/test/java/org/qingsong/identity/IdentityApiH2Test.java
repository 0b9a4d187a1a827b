package org.qingsong.identity;

import org.qingsong.support.H2App;

@H2App
class IdentityApiH2Test extends IdentityApiContract {}
