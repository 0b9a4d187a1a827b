package org.qingsong.gigs.web;

import java.net.URI;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.gigs.GigRecipients;
import org.qingsong.gigs.Recipient;
import org.qingsong.gigs.RecipientForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Care recipients as JSON. */
@RestController
@RequestMapping("/api/v1/gig-recipients")
class RecipientController {
  private final GigRecipients recipients;

  RecipientController(GigRecipients recipients) {
    this.recipients = recipients;
  }

  @PostMapping
  ResponseEntity<Recipient> create(@RequestBody RecipientForm form) {
    Recipient r = recipients.create(form);
    return ResponseEntity.created(URI.create("/api/v1/gig-recipients/" + r.id())).body(r);
  }

  @GetMapping
  PageResult<Recipient> find(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return recipients.find(PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  Recipient get(@PathVariable long id) {
    return recipients.get(id);
  }

  @PutMapping("/{id}")
  Recipient update(@PathVariable long id, @RequestBody RecipientForm form) {
    return recipients.update(id, form);
  }
}
