-- Issued criteria are locked (SPEC §4.2, §5): a later change is a new revision with a reason, so that
-- scores computed under an old revision stay reproducible. The database refuses any UPDATE or DELETE
-- of an issued framework or criteria revision, and any change to the criterion assignments of an issued
-- revision. SQLSTATE TD002.
CREATE FUNCTION thidua_refuse_issued_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION '% % is issued and locked: % refused', TG_TABLE_NAME, OLD.id, TG_OP
      USING ERRCODE = 'TD002', HINT = 'Create a new revision with a reason.';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER frameworks_issued_locked
  BEFORE UPDATE OR DELETE ON frameworks
  FOR EACH ROW EXECUTE FUNCTION thidua_refuse_issued_change();
--> statement-breakpoint
CREATE TRIGGER criteria_versions_issued_locked
  BEFORE UPDATE OR DELETE ON criteria_versions
  FOR EACH ROW EXECUTE FUNCTION thidua_refuse_issued_change();
--> statement-breakpoint
CREATE FUNCTION thidua_refuse_issued_assignment_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  version_ids uuid[];
BEGIN
  -- An UPDATE could move a row between revisions: both its old and new revision must be open.
  IF TG_OP = 'INSERT' THEN
    version_ids := ARRAY[NEW.criteria_version_id];
  ELSIF TG_OP = 'DELETE' THEN
    version_ids := ARRAY[OLD.criteria_version_id];
  ELSE
    version_ids := ARRAY[OLD.criteria_version_id, NEW.criteria_version_id];
  END IF;
  IF EXISTS (SELECT 1 FROM criteria_versions v WHERE v.id = ANY (version_ids) AND v.status = 'issued') THEN
    RAISE EXCEPTION 'criterion assignments of an issued criteria revision are locked: % refused', TG_OP
      USING ERRCODE = 'TD002', HINT = 'Create a new revision with a reason.';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER criterion_assignments_issued_locked
  BEFORE INSERT OR UPDATE OR DELETE ON criterion_assignments
  FOR EACH ROW EXECUTE FUNCTION thidua_refuse_issued_assignment_change();
