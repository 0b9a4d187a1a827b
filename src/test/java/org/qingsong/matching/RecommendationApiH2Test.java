package org.qingsong.matching;

import org.qingsong.support.H2App;

@H2App
class RecommendationApiH2Test extends RecommendationApiContract {}
