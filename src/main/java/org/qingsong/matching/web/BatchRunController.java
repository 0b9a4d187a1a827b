package org.qingsong.matching.web;

import java.net.URI;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.matching.BatchRequest;
import org.qingsong.matching.BatchRun;
import org.qingsong.matching.BatchRuns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * City-wide batch runs: administrators start ({@code 202 Accepted} with the run and its Location)
 * and resume them; staff, administrators and auditors follow their progress.
 */
@RestController
@RequestMapping("/api/v1/matching/batch-runs")
class BatchRunController {
  private final BatchRuns runs;

  BatchRunController(BatchRuns runs) {
    this.runs = runs;
  }

  @PostMapping
  ResponseEntity<BatchRun> start(@RequestBody(required = false) BatchRequest request) {
    BatchRun run = runs.start(request == null ? BatchRequest.DEFAULT : request);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/matching/batch-runs/" + run.id()))
        .body(run);
  }

  @PostMapping("/{id}/resume")
  ResponseEntity<BatchRun> resume(
      @PathVariable long id, @RequestBody(required = false) BatchRequest request) {
    BatchRun run = runs.resume(id, request == null ? BatchRequest.DEFAULT : request);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/matching/batch-runs/" + run.id()))
        .body(run);
  }

  @GetMapping("/{id}")
  BatchRun get(@PathVariable long id) {
    return runs.get(id);
  }

  @GetMapping
  PageResult<BatchRun> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return runs.list(PageRequest.of(page == null ? 0 : page, size == null ? 20 : size));
  }
}
