package org.qingsong.occupations.web;

import java.math.BigDecimal;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The occupation list as JSON: public reference data, searchable in Chinese and English. */
@RestController
@RequestMapping("/api/v1/occupations")
class OccupationController {
  private final Occupations occupations;

  OccupationController(Occupations occupations) {
    this.occupations = occupations;
  }

  /**
   * Occupations whose code, Chinese or English name contains every word of {@code q}, optionally of
   * one {@code category}, in the list shape.
   */
  @GetMapping
  PageResult<OccupationItem> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    FieldErrors errors = new FieldErrors();
    OccupationCategory c =
        errors.parseOptional("category", category, OccupationCategory::parse).orElse(null);
    errors.throwIfAny();
    return occupations.search(q, c, PageRequest.of(page, size)).map(OccupationItem::of);
  }

  @GetMapping("/{code}")
  OccupationItem get(@PathVariable String code) {
    return OccupationItem.of(occupations.require(code));
  }

  /**
   * An occupation as the API shows it: {@code name} in the caller's language, the usual pay range
   * in yuan per {@code payUnit}.
   */
  record OccupationItem(
      String code,
      String name,
      String nameZh,
      String nameEn,
      OccupationCategory category,
      PayUnit payUnit,
      BigDecimal usualPayMin,
      BigDecimal usualPayMax) {

    static OccupationItem of(Occupation o) {
      return new OccupationItem(
          o.code(),
          o.name(LocaleContextHolder.getLocale()),
          o.nameZh(),
          o.nameEn(),
          o.category(),
          o.payUnit(),
          yuan(o.usualPayMinFen()),
          yuan(o.usualPayMaxFen()));
    }

    /** Fen as yuan with no more decimal places than needed: 350000 is 3500, 3550 is 35.5. */
    private static BigDecimal yuan(long fen) {
      BigDecimal value = BigDecimal.valueOf(fen, 2).stripTrailingZeros();
      return value.scale() < 0 ? value.setScale(0) : value;
    }
  }
}
