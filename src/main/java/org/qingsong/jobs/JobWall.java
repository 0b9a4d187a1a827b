package org.qingsong.jobs;

import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.geography.Station;

/**
 * A station's walls for one ISO week: the hiring wall (用工墙) of published postings and the
 * job-seeking wall (求职墙) of consenting seekers, in the order staff picked them. Entries that
 * stopped qualifying (a posting filled or withdrawn, a consent withdrawn) drop off by themselves.
 * {@code publishedAt} is null while staff have not published anything for the week.
 */
public record JobWall(
    Station station,
    IsoWeek week,
    List<Posting> hiring,
    List<WallSeeker> seeking,
    OffsetDateTime publishedAt,
    String publishedBy) {

  public JobWall {
    hiring = List.copyOf(hiring);
    seeking = List.copyOf(seeking);
  }

  public boolean published() {
    return publishedAt != null;
  }
}
