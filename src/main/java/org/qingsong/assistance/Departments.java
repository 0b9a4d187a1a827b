package org.qingsong.assistance;

import java.util.List;
import org.qingsong.assistance.store.TaskStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments that verify applications: eleven by default, which administrators may rename,
 * deactivate (no new tasks; open ones stay) or add to.
 */
@Service
public class Departments {
  private final TaskStore store;
  private final CurrentActor currentActor;
  private final AuditTrail audit;

  Departments(TaskStore store, CurrentActor currentActor, AuditTrail audit) {
    this.store = store;
    this.currentActor = currentActor;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<Department> list() {
    return store.departments(false);
  }

  @Transactional
  public Department add(DepartmentForm form) {
    requireAdmin();
    FieldErrors errors = new FieldErrors();
    String code = errors.text("code", form.code(), 40);
    if (code != null && !code.matches("[A-Z][A-Z0-9_]*")) {
      errors.add("code", "assistance.department.code.format");
    }
    String zh = errors.text("nameZh", form.nameZh(), 100);
    String en = errors.text("nameEn", form.nameEn(), 100);
    errors.throwIfAny();
    long id;
    try {
      id = store.insertDepartment(code, zh, en);
    } catch (DuplicateKeyException e) {
      throw DomainException.conflict("assistance.department.duplicate", code);
    }
    audit.record("CREATE", "ASSISTANCE_DEPARTMENT", id, code);
    return store.department(id).orElseThrow();
  }

  @Transactional
  public Department update(long id, DepartmentForm form) {
    requireAdmin();
    Department existing =
        store
            .department(id)
            .orElseThrow(() -> DomainException.notFound("assistance.department.notFound", id));
    FieldErrors errors = new FieldErrors();
    String zh = errors.text("nameZh", form.nameZh(), 100);
    String en = errors.text("nameEn", form.nameEn(), 100);
    if (form.code() != null && !form.code().isBlank() && !form.code().equals(existing.code())) {
      errors.add("code", "assistance.department.code.immutable");
    }
    errors.throwIfAny();
    boolean active = form.active() == null ? existing.active() : form.active();
    store.updateDepartment(id, zh, en, active);
    audit.record(
        "UPDATE", "ASSISTANCE_DEPARTMENT", id, existing.code() + (active ? "" : " inactive"));
    return store.department(id).orElseThrow();
  }

  private void requireAdmin() {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN)) {
      throw DomainException.forbidden("assistance.department.forbidden");
    }
  }
}
