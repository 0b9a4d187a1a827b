package org.qingsong.gigs;

import java.time.OffsetDateTime;
import org.qingsong.common.GeoPoint;

/**
 * Someone who receives care at home: the customer themselves or a relative (often an elderly
 * parent), with the address the worker goes to and notes on their care. The phone is masked.
 */
public record Recipient(
    long id,
    long customerId,
    String customerName,
    String name,
    Relation relation,
    String phone,
    String address,
    String streetCode,
    String streetName,
    String communityCode,
    GeoPoint location,
    Mobility mobility,
    boolean dementia,
    String careNotes,
    OffsetDateTime createdAt,
    String createdBy) {}
