package org.qingsong.jobs.spreadsheet;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qingsong.common.CreditCode;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.employers.Employer;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.EmployerView;
import org.qingsong.employers.Employers;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.Applications;
import org.qingsong.jobs.ImportSummary;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Placement;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingQuery;
import org.qingsong.jobs.PostingRow;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.Occupations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The station's paperwork in Excel: the template for postings collected on paper, importing a
 * filled-in template (all rows or none), and exports of postings and placements.
 */
@Service
public class StationPaperwork {
  /** The most rows an export holds; more than a station's year of postings or placements. */
  static final int MAX_EXPORT_ROWS = 10_000;

  /** A made-up but well-formed code: the example row shows the format, not a real employer. */
  private static final String EXAMPLE_CREDIT_CODE =
      CreditCode.withCheckCharacter("91430203MA4L16P0Q").value();

  private final Jobs jobs;
  private final Applications applications;
  private final Employers employers;
  private final Occupations occupations;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Clock clock;

  StationPaperwork(
      Jobs jobs,
      Applications applications,
      Employers employers,
      Occupations occupations,
      CurrentActor currentActor,
      MessageSource messages,
      Clock clock) {
    this.jobs = jobs;
    this.applications = applications;
    this.employers = employers;
    this.occupations = occupations;
    this.currentActor = currentActor;
    this.messages = messages;
    this.clock = clock;
  }

  /** The import template, for station staff and administrators. */
  public byte[] template(Locale locale) {
    requireImporter();
    return new ImportTemplate(
            new Labels(messages, locale),
            occupations.all(),
            EXAMPLE_CREDIT_CODE,
            LocalDate.now(clock))
        .build();
  }

  /**
   * Imports a filled-in template. A file that is not a readable .xlsx template is refused as a
   * whole ({@code file}); invalid rows are reported cell by cell ({@code rows[3].payMax}) and
   * nothing is imported.
   */
  public ImportSummary importPostings(InputStream file, String fileName) {
    requireImporter();
    if (file == null) {
      throw InvalidInputException.of("file", "spreadsheet.noFile");
    }
    List<PostingRow> rows =
        new PostingSheetReader(new Labels(messages, Locale.SIMPLIFIED_CHINESE), employerIds())
            .read(file);
    return jobs.importAll(rows, fileName == null || fileName.isBlank() ? "upload" : fileName);
  }

  /** Postings matching a query, for staff, administrators and auditors. */
  public byte[] exportPostings(PostingQuery query, Locale locale) {
    if (!currentActor.get().is(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
      throw DomainException.forbidden("spreadsheet.export.forbidden");
    }
    List<Posting> postings = new ArrayList<>();
    PageResult<Posting> page;
    int n = 0;
    do {
      page = jobs.find(query, new PageRequest(n++, PageRequest.MAX_SIZE));
      postings.addAll(page.items());
    } while (page.hasNext() && postings.size() < MAX_EXPORT_ROWS);
    Map<String, Occupation> byCode =
        occupations.all().stream().collect(Collectors.toMap(Occupation::code, o -> o));
    return PostingExport.build(postings, byCode, new Labels(messages, locale));
  }

  /** Placements made between two dates, inclusive. */
  public byte[] exportPlacements(LocalDate from, LocalDate to, Locale locale) {
    List<Placement> placements = applications.placements(from, to, MAX_EXPORT_ROWS);
    Map<Long, String> employerNames = new HashMap<>();
    Map<Long, String> postingTitles = new HashMap<>();
    List<PlacementExport.Line> lines =
        placements.stream()
            .map(
                p ->
                    new PlacementExport.Line(
                        p,
                        employerNames.computeIfAbsent(
                            p.employerId(),
                            id -> employers.lookup(id).map(Employer::name).orElse(null)),
                        postingTitles.computeIfAbsent(
                            p.postingId(), id -> jobs.title(id).orElse(null)),
                        occupations.find(p.occupationCode()).map(o -> o.name(locale)).orElse(null)))
            .toList();
    return PlacementExport.build(lines, new Labels(messages, locale));
  }

  private void requireImporter() {
    if (!currentActor.get().is(Role.ADMIN, Role.STAFF)) {
      throw DomainException.forbidden("job.import.forbidden");
    }
  }

  /** Employers by credit code, each looked up once per import. */
  private Function<CreditCode, Optional<Long>> employerIds() {
    Map<String, Optional<Long>> known = new HashMap<>();
    return code ->
        known.computeIfAbsent(
            code.value(),
            value ->
                employers
                    .find(new EmployerQuery(null, null, null, null, value), PageRequest.of(0, 5))
                    .items()
                    .stream()
                    .filter(e -> e.creditCode().equals(value))
                    .map(EmployerView::id)
                    .findFirst());
  }
}
