package org.qingsong.gigs.web;

import java.net.URI;
import java.util.Locale;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.gigs.GigOrders;
import org.qingsong.gigs.OrderForm;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Orders as JSON; each answer carries the order's visits. */
@RestController
@RequestMapping("/api/v1/gig-orders")
class OrderController {
  private final GigOrders orders;
  private final MessageSource messages;

  OrderController(GigOrders orders, MessageSource messages) {
    this.orders = orders;
    this.messages = messages;
  }

  @PostMapping
  ResponseEntity<GigJson.OrderJson> create(@RequestBody OrderForm form, Locale locale) {
    GigJson.OrderJson o = GigJson.OrderJson.of(orders.create(form), locale, messages);
    return ResponseEntity.created(URI.create("/api/v1/gig-orders/" + o.id())).body(o);
  }

  @GetMapping
  PageResult<GigJson.OrderJson> find(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Locale locale) {
    return orders
        .find(PageRequest.of(page, size))
        .map(o -> GigJson.OrderJson.of(o, locale, messages));
  }

  @GetMapping("/{id}")
  GigJson.OrderJson get(@PathVariable long id, Locale locale) {
    return GigJson.OrderJson.of(orders.get(id), locale, messages);
  }

  /** Cancels every visit of the order that has not started: {@code {"reason":…,"note":…}}. */
  @PostMapping("/{id}/cancellation")
  GigJson.OrderJson cancel(
      @PathVariable long id, @RequestBody VisitController.CancelRequest request, Locale locale) {
    return GigJson.OrderJson.of(
        orders.cancel(id, request.reason(), request.note()), locale, messages);
  }
}
