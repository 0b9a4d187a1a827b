-- The audit trail is append-only: the database itself refuses to change or remove a record.
CREATE TRIGGER audit_record_append_only
    BEFORE UPDATE, DELETE ON audit_record
    FOR EACH ROW CALL 'org.qingsong.identity.store.AppendOnlyTrigger';
