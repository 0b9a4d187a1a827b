package org.qingsong.demo;

import org.qingsong.support.H2App;

@H2App
class CityDemoH2Test extends CityDemoContract {}
