package org.qingsong.assistance;

import org.qingsong.common.Money;

/**
 * A household's assets as declared and as verification found them: deposits and securities, motor
 * vehicles, and dwellings beyond the one the family lives in.
 */
public record Assets(Money deposits, int vehicles, int extraProperties) {}
