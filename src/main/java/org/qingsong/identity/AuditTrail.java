package org.qingsong.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.identity.store.AuditStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only record of every change and every full view of personal data. {@link #record}
 * joins the caller's transaction, so a change and its audit entry commit or roll back together.
 */
@Service
public class AuditTrail {
  private final AuditStore store;
  private final CurrentActor currentActor;
  private final Clock clock;

  AuditTrail(AuditStore store, CurrentActor currentActor, Clock clock) {
    this.store = store;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String action, String subjectType, Object subjectId, String detail) {
    store.insert(
        OffsetDateTime.now(clock),
        currentActor.get().username(),
        action,
        subjectType,
        subjectId == null ? null : subjectId.toString(),
        detail,
        remoteAddress());
  }

  @Transactional(readOnly = true)
  public PageResult<AuditRecord> find(AuditQuery query, PageRequest page) {
    return store.find(query, page);
  }

  private static String remoteAddress() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return request.getRemoteAddr();
    }
    return "local";
  }
}
