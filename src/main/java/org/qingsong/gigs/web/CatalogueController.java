package org.qingsong.gigs.web;

import java.util.List;
import org.qingsong.gigs.CertificateKind;
import org.qingsong.gigs.ServiceCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public service catalogue and the certificate kinds services require. */
@RestController
class CatalogueController {
  private final ServiceCatalogue catalogue;

  CatalogueController(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/api/v1/gig-services")
  List<GigJson.ServiceJson> services() {
    return catalogue.services().stream().map(GigJson.ServiceJson::of).toList();
  }

  @GetMapping("/api/v1/gig-services/{code}")
  GigJson.ServiceJson service(@PathVariable String code) {
    return GigJson.ServiceJson.of(catalogue.get(code));
  }

  @GetMapping("/api/v1/gig-services/certificate-kinds")
  List<CertificateKind> certificateKinds() {
    return catalogue.certificateKinds();
  }
}
