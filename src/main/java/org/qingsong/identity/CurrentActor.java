package org.qingsong.identity;

import java.util.Optional;
import org.qingsong.identity.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting: the logged-in user; {@link Actor#ANONYMOUS} in a request without one; {@link
 * Actor#SYSTEM} outside of any request (start-up work, commands, scheduled jobs).
 */
@Component
public class CurrentActor {

  public Actor get() {
    return find()
        .orElseGet(
            () ->
                RequestContextHolder.getRequestAttributes() == null
                    ? Actor.SYSTEM
                    : Actor.ANONYMOUS);
  }

  public Optional<Actor> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
      return Optional.of(principal.actor());
    }
    return Optional.empty();
  }
}
