package org.qingsong.jobs.web;

import java.util.Locale;
import org.qingsong.jobs.JobWall;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.WallSeeker;
import org.springframework.stereotype.Component;

/** Turns a {@link JobWall} into what the wall page and the wall PDF show. */
@Component
class WallPages {
  private final WallText text;

  WallPages(WallText text) {
    this.text = text;
  }

  /** {@code baseUrl} is the site's address as the reader reached it, e.g. {@code https://host}. */
  WallPage of(JobWall wall, String baseUrl, Locale locale) {
    String stationUrl = baseUrl + "/stations/" + wall.station().id();
    return new WallPage(
        wall.station(),
        wall.week(),
        wall.week().monday(),
        wall.week().sunday(),
        wall.published(),
        wall.hiring().stream().map(p -> hiring(p, baseUrl, locale)).toList(),
        wall.seeking().stream().map(s -> seeking(s, locale)).toList(),
        stationUrl,
        QrCode.dataUri(stationUrl));
  }

  private WallPage.Hiring hiring(Posting p, String baseUrl, Locale locale) {
    String url = baseUrl + "/jobs/" + p.id();
    return new WallPage.Hiring(
        p.id(),
        p.title(),
        p.employerName(),
        text.pay(p, locale),
        text.kind(p.kind(), locale),
        p.streetName(),
        text.relaxations(p, locale),
        url,
        QrCode.dataUri(url));
  }

  private WallPage.Seeking seeking(WallSeeker s, Locale locale) {
    return new WallPage.Seeking(
        s.maskedName(), text.ageBand(s.ageBand(), locale), s.skills(), s.wantedJob());
  }
}
