-- The app's runtime database role. Migrations run as the owner of the schema (the role that created the
-- tables, and the only one that may ALTER them or switch a trigger off). The app itself connects as a login
-- role that is a member of "viewer_runtime", which may read and write the working tables but may only INSERT
-- and SELECT on the audit trail: no UPDATE, DELETE or TRUNCATE, and, not being the owner, it cannot disable
-- the append-only triggers. See docs/postgres.md. (On embedded PGlite there is one superuser and no roles to
-- separate; the signed checkpoints and event MACs protect the trail there.)
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'viewer_runtime') THEN
    CREATE ROLE "viewer_runtime" NOLOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO "viewer_runtime";
GRANT SELECT, INSERT, UPDATE, DELETE ON "organisation", "app_user", "access_episode", "alert", "rate_limit", "user_session" TO "viewer_runtime";
GRANT SELECT, INSERT ON "audit_event" TO "viewer_runtime";
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_event" FROM "viewer_runtime";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "viewer_runtime";
-- Tables added by later migrations (run by the owner) are readable and writable by the runtime role unless a
-- migration says otherwise; the audit trail above stays INSERT and SELECT only.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "viewer_runtime";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "viewer_runtime";
