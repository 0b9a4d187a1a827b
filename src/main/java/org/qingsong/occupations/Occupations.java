package org.qingsong.occupations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qingsong.common.DomainException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.occupations.store.OccupationStore;
import org.springframework.stereotype.Service;

/**
 * Look-ups and search of the occupation list. The list is small reference data that changes only
 * when an administrator replaces it, so it is read from the database once, on first use, and kept
 * in memory; {@link #reload()} re-reads it after such a change (otherwise a restart does).
 */
@Service
public class Occupations {
  private final OccupationStore store;
  private volatile Catalogue catalogue;

  Occupations(OccupationStore store) {
    this.store = store;
  }

  public Optional<Occupation> find(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(catalogue().byCode().get(code.strip().toUpperCase(Locale.ROOT)));
  }

  public Occupation require(String code) {
    return find(code).orElseThrow(() -> DomainException.notFound("occupation.notFound", code));
  }

  /** Every occupation, in code order. */
  public List<Occupation> all() {
    return catalogue().inCodeOrder();
  }

  /**
   * Occupations whose code, Chinese name or English name contains every word of {@code text}
   * (case-insensitive), optionally of one category. An exact code or name comes first, then names
   * that start with the text, then the rest, each in code order.
   */
  public PageResult<Occupation> search(String text, OccupationCategory category, PageRequest page) {
    String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    List<String> words = query.isEmpty() ? List.of() : List.of(query.split("\\s+"));
    List<Occupation> matches =
        all().stream()
            .filter(o -> category == null || o.category() == category)
            .filter(o -> words.stream().allMatch(w -> contains(o, w)))
            .sorted(Comparator.comparingInt((Occupation o) -> rank(o, query)))
            .toList();
    int from = (int) Math.min(page.offset(), matches.size());
    int to = Math.min(from + page.size(), matches.size());
    return PageResult.of(matches.subList(from, to), page, matches.size());
  }

  public Optional<UsualPay> usualPay(String code) {
    return find(code).map(Occupation::usualPay);
  }

  /** Re-reads the list from the database, e.g. after the reference data was loaded or replaced. */
  public void reload() {
    catalogue = Catalogue.of(store.all());
  }

  private Catalogue catalogue() {
    Catalogue current = catalogue;
    if (current == null || current.inCodeOrder().isEmpty()) {
      current = Catalogue.of(store.all());
      catalogue = current;
    }
    return current;
  }

  private static boolean contains(Occupation o, String word) {
    return o.code().toLowerCase(Locale.ROOT).contains(word)
        || o.nameZh().contains(word)
        || o.nameEn().toLowerCase(Locale.ROOT).contains(word);
  }

  private static int rank(Occupation o, String query) {
    if (query.isEmpty()) {
      return 0;
    }
    String zh = o.nameZh();
    String en = o.nameEn().toLowerCase(Locale.ROOT);
    if (o.code().toLowerCase(Locale.ROOT).equals(query) || zh.equals(query) || en.equals(query)) {
      return 0;
    }
    return zh.startsWith(query) || en.startsWith(query) ? 1 : 2;
  }

  /** An immutable snapshot of the list, by code and in code order. */
  private record Catalogue(Map<String, Occupation> byCode, List<Occupation> inCodeOrder) {
    static Catalogue of(List<Occupation> rows) {
      List<Occupation> sorted =
          rows.stream().sorted(Comparator.comparing(Occupation::code)).toList();
      Map<String, Occupation> byCode =
          sorted.stream().collect(Collectors.toUnmodifiableMap(Occupation::code, o -> o));
      return new Catalogue(byCode, sorted);
    }
  }
}
