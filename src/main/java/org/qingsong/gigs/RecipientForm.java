package org.qingsong.gigs;

/**
 * A care recipient as submitted. {@code customerId} is the ordering resident's person id: a
 * resident leaves it out (it is themselves); staff name the resident they serve at the counter.
 * Without {@code lat}/{@code lng} the community's (or street's) point is used.
 */
public record RecipientForm(
    Long customerId,
    String name,
    String relation,
    String phone,
    String address,
    String streetCode,
    String communityCode,
    Double lat,
    Double lng,
    String mobility,
    Boolean dementia,
    String careNotes) {}
