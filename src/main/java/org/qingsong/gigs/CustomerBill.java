package org.qingsong.gigs;

import org.qingsong.common.Money;

/** What a customer owes for a period: their completed visits and the sum of their prices. */
public record CustomerBill(long customerId, String name, long visits, Money amount) {}
