package org.qingsong.gigs.web;

import java.net.URI;
import org.qingsong.common.Blank;
import org.qingsong.common.DomainException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.gigs.GigWorkers;
import org.qingsong.gigs.WorkerForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Gig workers as JSON. */
@RestController
@RequestMapping("/api/v1/gig-workers")
class WorkerController {
  private final GigWorkers workers;

  WorkerController(GigWorkers workers) {
    this.workers = workers;
  }

  @PostMapping
  ResponseEntity<GigJson.WorkerJson> register(@RequestBody WorkerForm form) {
    GigJson.WorkerJson w = GigJson.WorkerJson.of(workers.register(form));
    return ResponseEntity.created(URI.create("/api/v1/gig-workers/" + w.id())).body(w);
  }

  @GetMapping
  PageResult<GigJson.WorkerJson> find(
      @RequestParam(required = false) Long stationId,
      @RequestParam(required = false) String serviceCode,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return workers
        .find(stationId, Blank.toNull(serviceCode), PageRequest.of(page, size))
        .map(GigJson.WorkerJson::of);
  }

  /** The worker record of the logged-in user (their person is the worker's person). */
  @GetMapping("/me")
  GigJson.WorkerJson me() {
    return workers
        .mine()
        .map(GigJson.WorkerJson::of)
        .orElseThrow(() -> DomainException.notFound("gig.worker.notAWorker"));
  }

  @GetMapping("/{id:\\d+}")
  GigJson.WorkerJson get(@PathVariable long id) {
    return GigJson.WorkerJson.of(workers.get(id));
  }

  @PutMapping("/{id:\\d+}")
  GigJson.WorkerJson update(@PathVariable long id, @RequestBody WorkerForm form) {
    return GigJson.WorkerJson.of(workers.update(id, form));
  }
}
