package org.qingsong.jobs;

import org.qingsong.support.H2App;

@H2App
class SpreadsheetApiH2Test extends SpreadsheetApiContract {}
