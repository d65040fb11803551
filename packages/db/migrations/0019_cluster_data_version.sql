-- A data version per cluster (issue #15): a counter raised in the same transaction as every write that
-- can change what the cluster's results or scoring sheet show, so a result computed on a snapshot can be
-- cached under (cluster, version) and is never served once a later write is visible. Statement-level
-- triggers on every table the results read keep it: no write path of the application (or anyone's
-- SQL) can forget it. Absent row = version 0.
CREATE TABLE "cluster_data_versions" (
	"cluster_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Raises the version of each cluster once, in id order (two transactions raising the same clusters lock
-- them in the same order).
CREATE FUNCTION thidua_bump_clusters(ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO cluster_data_versions AS d (cluster_id, version)
  SELECT DISTINCT id, 1 FROM unnest(ids) AS id WHERE id IS NOT NULL ORDER BY id
  ON CONFLICT (cluster_id) DO UPDATE SET version = d.version + 1
$$;
--> statement-breakpoint
-- The trigger function of every table: TG_ARGV[0] is a query template that turns the statement's rows
-- (the transition table whose name fills %1$I) into the ids of the clusters they concern.
CREATE FUNCTION thidua_bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format(TG_ARGV[0], 'thidua_new_rows') INTO ids;
    PERFORM thidua_bump_clusters(ids);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format(TG_ARGV[0], 'thidua_old_rows') INTO ids;
    PERFORM thidua_bump_clusters(ids);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Creates the three statement-level triggers (a trigger with transition tables has one event) of a table.
CREATE FUNCTION thidua_track_data_version(tbl text, clusters_of text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS thidua_new_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION thidua_bump_data_version(%L)', tbl || '_data_version_ins', tbl, clusters_of);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS thidua_old_rows '
    'NEW TABLE AS thidua_new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua_bump_data_version(%L)',
    tbl || '_data_version_upd', tbl, clusters_of);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS thidua_old_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION thidua_bump_data_version(%L)', tbl || '_data_version_del', tbl, clusters_of);
END;
$$;
--> statement-breakpoint
-- Rows of a criteria revision (scores, bonuses and deductions, objections): the revision's cluster.
SELECT thidua_track_data_version(t, 'SELECT array_agg(v.cluster_id) FROM criteria_versions v WHERE v.id IN (SELECT criteria_version_id FROM %1$I)')
FROM unnest(ARRAY['entries', 'adjustments', 'objections', 'criterion_assignments']) AS t;
--> statement-breakpoint
SELECT thidua_track_data_version('evidence_files', 'SELECT array_agg(v.cluster_id) FROM criteria_versions v JOIN entries e ON e.criteria_version_id = v.id WHERE e.id IN (SELECT entry_id FROM %1$I)');
--> statement-breakpoint
-- Rows that carry their cluster.
SELECT thidua_track_data_version(t, 'SELECT array_agg(cluster_id) FROM %1$I')
FROM unnest(ARRAY['criteria_versions', 'cluster_members', 'quotas', 'meetings']) AS t;
--> statement-breakpoint
SELECT thidua_track_data_version('clusters', 'SELECT array_agg(id) FROM %1$I');
--> statement-breakpoint
SELECT thidua_track_data_version('votes', 'SELECT array_agg(m.cluster_id) FROM meetings m WHERE m.id IN (SELECT meeting_id FROM %1$I)');
--> statement-breakpoint
-- A unit's facts and the records facts derive from (per period): the clusters the unit sits in then.
SELECT thidua_track_data_version(t, 'SELECT array_agg(m.cluster_id) FROM cluster_members m JOIN %1$I r ON r.period_id = m.period_id AND r.unit_id = m.unit_id')
FROM unnest(ARRAY['unit_facts', 'unit_staff_counts', 'registrations', 'pacts']) AS t;
--> statement-breakpoint
-- Work plans and their tasks (the reports a unit submitted): every cluster of the plan's period.
SELECT thidua_track_data_version('work_plans', 'SELECT array_agg(c.id) FROM clusters c WHERE c.period_id IN (SELECT period_id FROM %1$I)');
--> statement-breakpoint
SELECT thidua_track_data_version('plan_tasks', 'SELECT array_agg(c.id) FROM clusters c JOIN work_plans p ON p.period_id = c.period_id WHERE p.id IN (SELECT plan_id FROM %1$I)');
--> statement-breakpoint
-- The period (name, year, stage) and the units (code, name) every cluster of theirs shows.
SELECT thidua_track_data_version('periods', 'SELECT array_agg(c.id) FROM clusters c WHERE c.period_id IN (SELECT id FROM %1$I)');
--> statement-breakpoint
SELECT thidua_track_data_version('units', 'SELECT array_agg(m.cluster_id) FROM cluster_members m WHERE m.unit_id IN (SELECT id FROM %1$I)');
--> statement-breakpoint
DROP FUNCTION thidua_track_data_version(text, text);
