package org.qingsong.demo;

import java.util.List;
import org.qingsong.common.PageRequest;
import org.qingsong.geography.Divisions;
import org.qingsong.geography.Station;
import org.qingsong.geography.Stations;
import org.qingsong.identity.NewUser;
import org.qingsong.identity.Role;
import org.qingsong.identity.UserAccounts;
import org.qingsong.people.People;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PersonView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The role-named demo accounts ({@code admin}, {@code staff}, {@code caseworker}, {@code employer},
 * {@code resident}, {@code auditor}, and {@code worker}: a resident who is the demo gig worker),
 * all working in {@link DemoCity#HOME_STREET}. Created only in demo mode, with the configured demo
 * password; existing accounts are left alone.
 */
@Service
public class DemoAccounts {
  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  private final UserAccounts accounts;
  private final Stations stations;
  private final Divisions divisions;
  private final People people;
  private final DemoEmployers employers;
  private final DemoGigs gigs;

  DemoAccounts(
      UserAccounts accounts,
      Stations stations,
      Divisions divisions,
      People people,
      DemoEmployers employers,
      DemoGigs gigs) {
    this.accounts = accounts;
    this.stations = stations;
    this.divisions = divisions;
    this.people = people;
    this.employers = employers;
    this.gigs = gigs;
  }

  public void ensure(String password) {
    String street = DemoCity.HOME_STREET;
    String district = divisions.districtOf(street).orElseThrow();
    List<Station> local = stations.list(street, null, null, null, PageRequest.of(0, 1)).items();
    List<PersonView> residents =
        people.find(new PersonQuery(street, null, null, null), PageRequest.of(0, 1)).items();
    int made = 0;
    made += create("admin", password, Role.ADMIN, "系统管理员", null, null, null, null, null);
    made += create("auditor", password, Role.AUDITOR, "审计员", null, null, null, null, null);
    made +=
        create("caseworker", password, Role.CASEWORKER, "救助经办员", null, null, district, null, null);
    if (!local.isEmpty()) {
      made +=
          create(
              "staff",
              password,
              Role.STAFF,
              "就业专干",
              local.get(0).id(),
              street,
              district,
              null,
              null);
    }
    Long employer = employers.firstIn(street).orElse(null);
    if (employer != null) {
      made += create("employer", password, Role.EMPLOYER, "用人单位", null, null, null, employer, null);
    }
    if (!residents.isEmpty()) {
      PersonView r = residents.get(0);
      made +=
          create(
              "resident", password, Role.RESIDENT, r.name(), null, street, district, null, r.id());
    }
    Long workerPerson = gigs.workerPerson().orElse(null);
    if (workerPerson != null) {
      String name = people.lookup(workerPerson).map(p -> p.name()).orElse("零工服务人员");
      made +=
          create(
              "worker", password, Role.RESIDENT, name, null, street, district, null, workerPerson);
    }
    if (made > 0) {
      log.info("Created {} demo accounts", made);
    }
  }

  private int create(
      String username,
      String password,
      Role role,
      String displayName,
      Long stationId,
      String street,
      String district,
      Long employerId,
      Long personId) {
    if (accounts.exists(username)) {
      return 0;
    }
    accounts.create(
        new NewUser(
            username,
            password,
            role,
            displayName,
            stationId,
            street,
            district,
            employerId,
            personId));
    return 1;
  }
}
