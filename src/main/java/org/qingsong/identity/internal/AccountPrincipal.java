package org.qingsong.identity.internal;

import java.util.Collection;
import java.util.List;
import org.qingsong.identity.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A logged-in user as Spring Security holds it: the {@link Actor} plus the password hash. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {
  private static final long serialVersionUID = 1L;

  private final Actor actor;
  private final String displayName;
  private final boolean enabled;
  private String passwordHash;

  public AccountPrincipal(Actor actor, String displayName, boolean enabled, String passwordHash) {
    this.actor = actor;
    this.displayName = displayName;
    this.enabled = enabled;
    this.passwordHash = passwordHash;
  }

  public Actor actor() {
    return actor;
  }

  public String displayName() {
    return displayName;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
