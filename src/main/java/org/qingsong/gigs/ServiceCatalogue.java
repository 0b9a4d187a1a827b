package org.qingsong.gigs;

import java.util.List;
import java.util.Optional;
import org.qingsong.common.DomainException;
import org.qingsong.gigs.store.CatalogueStore;
import org.springframework.stereotype.Service;

/**
 * The household services residents can order, read once from the database (the catalogue is
 * reference data loaded by migration).
 */
@Service
public class ServiceCatalogue {
  private final CatalogueStore store;
  private volatile List<HouseholdService> services;
  private volatile List<CertificateKind> kinds;

  ServiceCatalogue(CatalogueStore store) {
    this.store = store;
  }

  public List<HouseholdService> services() {
    List<HouseholdService> s = services;
    if (s == null) {
      s = store.services();
      services = s;
    }
    return s;
  }

  public List<CertificateKind> certificateKinds() {
    List<CertificateKind> k = kinds;
    if (k == null) {
      k = store.certificateKinds();
      kinds = k;
    }
    return k;
  }

  public Optional<HouseholdService> find(String code) {
    return services().stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public HouseholdService get(String code) {
    return find(code).orElseThrow(() -> DomainException.notFound("gig.service.notFound", code));
  }

  public Optional<CertificateKind> kind(String code) {
    return certificateKinds().stream().filter(k -> k.code().equals(code)).findFirst();
  }
}
