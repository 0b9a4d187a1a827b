package org.qingsong.matching.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published posting as the index needs it, read straight from the jobs tables in bulk. {@code
 * lat}/{@code lng} fall back to the street's representative point ({@code approximate}).
 */
public record PostingRecord(
    long id,
    long employerId,
    String employerName,
    String title,
    String description,
    String occupationCode,
    String kind,
    long payMinFen,
    long payMaxFen,
    String payUnit,
    String streetCode,
    String streetName,
    String districtCode,
    Double lat,
    Double lng,
    boolean approximate,
    OffsetDateTime publishedAt,
    List<String> skills) {}
