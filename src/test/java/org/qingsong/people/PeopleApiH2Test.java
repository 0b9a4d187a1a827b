package org.qingsong.people;

import org.qingsong.support.H2App;

@H2App
class PeopleApiH2Test extends PeopleApiContract {}
