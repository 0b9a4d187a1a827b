package org.qingsong.geography.web;

import java.util.List;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Divisions of the city: public reference data. */
@RestController
@RequestMapping("/api/v1/divisions")
class DivisionController {
  private final Divisions divisions;

  DivisionController(Divisions divisions) {
    this.divisions = divisions;
  }

  @GetMapping("/{code}")
  Division get(@PathVariable String code) {
    return divisions.require(code);
  }

  @GetMapping("/{code}/children")
  List<Division> children(@PathVariable String code) {
    return divisions.children(code);
  }
}
