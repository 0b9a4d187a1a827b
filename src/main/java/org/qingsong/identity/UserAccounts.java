package org.qingsong.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.store.UserStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and lists user accounts. Passwords are stored only as delegating-encoder hashes. */
@Service
public class UserAccounts {
  private final UserStore store;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final Clock clock;

  UserAccounts(UserStore store, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
    this.store = store;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public UserAccount create(NewUser user) {
    FieldErrors errors = new FieldErrors();
    String username = errors.text("username", user.username(), 64);
    if (username != null && !username.matches("[A-Za-z0-9._-]{3,64}")) {
      errors.add("username", "user.username.format");
    }
    if (user.password() == null || user.password().length() < 8) {
      errors.add("password", "user.password.short", 8);
    }
    if (user.role() == null) {
      errors.add("role", "field.required");
    }
    String displayName = errors.text("displayName", user.displayName(), 100);
    if (user.role() == Role.STAFF && (user.stationId() == null || user.streetCode() == null)) {
      errors.add("stationId", "user.staff.station");
    }
    if (user.role() == Role.CASEWORKER && user.districtCode() == null) {
      errors.add("districtCode", "user.caseworker.district");
    }
    if (user.role() == Role.EMPLOYER && user.employerId() == null) {
      errors.add("employerId", "user.employer.employer");
    }
    if (user.role() == Role.RESIDENT && user.personId() == null) {
      errors.add("personId", "user.resident.person");
    }
    errors.throwIfAny();
    if (store.findByUsername(username).isPresent()) {
      throw DomainException.conflict("user.duplicate", username);
    }
    long id =
        store.insert(
            new NewUser(
                username,
                encoder.encode(user.password()),
                user.role(),
                displayName,
                user.stationId(),
                user.streetCode(),
                user.districtCode(),
                user.employerId(),
                user.personId()),
            OffsetDateTime.now(clock));
    audit.record("CREATE", "USER", id, username + " " + user.role());
    return store.findById(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public PageResult<UserAccount> list(PageRequest page) {
    return store.list(page);
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return store.findByUsername(username).isPresent();
  }

  @Transactional(readOnly = true)
  public boolean any() {
    return store.count() > 0;
  }
}
