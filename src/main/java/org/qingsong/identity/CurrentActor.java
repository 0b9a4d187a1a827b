package org.qingsong.identity;

import java.util.Optional;
import org.qingsong.identity.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting in the current request; {@link Actor#SYSTEM} outside of any request. */
@Component
public class CurrentActor {

  public Actor get() {
    return find().orElse(Actor.SYSTEM);
  }

  public Optional<Actor> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
      return Optional.of(principal.actor());
    }
    return Optional.empty();
  }
}
