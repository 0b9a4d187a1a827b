package org.qingsong.matching;

/** One value of a facet and how many results of the whole query have it. */
public record SearchFacetValue(String value, long count) {}
