package org.qingsong.people.web;

import java.net.URI;
import org.qingsong.common.Blank;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.people.People;
import org.qingsong.people.PersonForm;
import org.qingsong.people.PersonIdentity;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PersonView;
import org.qingsong.people.PriorityGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Residents as JSON. Who may see or change whom is decided by {@link People}. */
@RestController
@RequestMapping("/api/v1/people")
class PersonController {
  private final People people;

  PersonController(People people) {
    this.people = people;
  }

  @PostMapping
  ResponseEntity<PersonView> register(@RequestBody PersonForm form) {
    PersonView created = people.register(form);
    return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
  }

  @GetMapping
  PageResult<PersonView> list(
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String priorityGroup,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    FieldErrors errors = new FieldErrors();
    PriorityGroup group =
        errors.parseOptional("priorityGroup", priorityGroup, PersonController::group).orElse(null);
    errors.throwIfAny();
    return people.find(
        new PersonQuery(
            Blank.toNull(streetCode), Blank.toNull(districtCode), group, Blank.toNull(q)),
        PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  PersonView get(@PathVariable long id) {
    return people.get(id);
  }

  @PutMapping("/{id}")
  PersonView update(@PathVariable long id, @RequestBody PersonForm form) {
    return people.update(id, form);
  }

  /** The full ID number and phone; each call is written to the audit trail. */
  @GetMapping("/{id}/identity")
  PersonIdentity identity(@PathVariable long id) {
    return people.identity(id);
  }

  static PriorityGroup group(String raw) {
    try {
      return PriorityGroup.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("person.priorityGroup.unknown", raw);
    }
  }
}
