package org.qingsong.identity.web;

import java.net.URI;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.NewUser;
import org.qingsong.identity.UserAccount;
import org.qingsong.identity.UserAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User accounts, for administrators. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {
  private final UserAccounts accounts;

  UserController(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  PageResult<UserAccount> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return accounts.list(PageRequest.of(page, size));
  }

  @PostMapping
  ResponseEntity<UserAccount> create(@RequestBody NewUser user) {
    UserAccount created = accounts.create(user);
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
  }
}
