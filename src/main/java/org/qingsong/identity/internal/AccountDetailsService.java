package org.qingsong.identity.internal;

import org.qingsong.identity.Actor;
import org.qingsong.identity.UserAccount;
import org.qingsong.identity.store.UserStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the database for both form login and HTTP Basic. */
@Service
class AccountDetailsService implements UserDetailsService {
  private final UserStore store;

  AccountDetailsService(UserStore store) {
    this.store = store;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var credentials =
        store
            .findCredentials(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    UserAccount a = credentials.account();
    Actor actor =
        new Actor(
            a.username(),
            a.role(),
            a.stationId(),
            a.streetCode(),
            a.districtCode(),
            a.employerId(),
            a.personId());
    return new AccountPrincipal(actor, a.displayName(), a.enabled(), credentials.passwordHash());
  }
}
