package org.qingsong.people;

import org.qingsong.support.H2App;

@H2App
class JobSeekerApiH2Test extends JobSeekerApiContract {}
