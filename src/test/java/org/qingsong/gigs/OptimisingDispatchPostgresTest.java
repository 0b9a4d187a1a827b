package org.qingsong.gigs;

import org.qingsong.support.PostgresApp;

@PostgresApp
class OptimisingDispatchPostgresTest extends OptimisingDispatchContract {}
