/** The Lucene indexes behind search: analysis, documents, building, events, queries. */
package org.qingsong.matching.search;
