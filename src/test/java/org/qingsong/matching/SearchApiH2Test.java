package org.qingsong.matching;

import org.qingsong.support.H2App;

@H2App
class SearchApiH2Test extends SearchApiContract {}
