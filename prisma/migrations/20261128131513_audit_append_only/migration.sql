-- AuditLog is append-only: rows are added, never changed or removed, whatever the application
-- code does. Prisma does not model triggers, so this lives here only (and `migrate check` ignores
-- it). Consequence: a User row that audit rows point to cannot be deleted (the foreign key's
-- ON DELETE SET NULL would update them); users are deactivated (User.active), never deleted.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a correction as a new audit row instead.';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_delete"
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
BEFORE TRUNCATE ON "AuditLog"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
