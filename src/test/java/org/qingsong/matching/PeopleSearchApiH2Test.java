package org.qingsong.matching;

import org.qingsong.support.H2App;

@H2App
class PeopleSearchApiH2Test extends PeopleSearchApiContract {}
