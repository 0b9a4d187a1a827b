package org.qingsong.employers;

import org.qingsong.support.H2App;

@H2App
class EmployerApiOnH2Test extends EmployerApiContract {}
