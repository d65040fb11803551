-- The audit log is append-only (SPEC §13). The application has no update or delete path for it; this
-- trigger makes the database refuse them too, whoever connects. SQLSTATE TD001 lets the server tell
-- this refusal apart from other errors. Plain PL/pgSQL and EXECUTE FUNCTION: PostgreSQL 11+ and PGlite.
CREATE FUNCTION thidua_refuse_audit_log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
    USING ERRCODE = 'TD001', HINT = 'Record a new audit event instead of changing an old one.';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_refuse_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION thidua_refuse_audit_log_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_refuse_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION thidua_refuse_audit_log_change();
