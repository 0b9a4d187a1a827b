package org.qingsong.identity;

import org.qingsong.support.PostgresApp;

@PostgresApp
class IdentityApiPostgresTest extends IdentityApiContract {}
