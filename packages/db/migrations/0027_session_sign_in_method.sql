-- How a session was opened (issue #17 §3): a local password or single sign-on (OIDC). A temporary
-- password must be changed before anything else only in a password session.
ALTER TABLE "sessions" ADD COLUMN "sign_in_method" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_sign_in_method_check" CHECK ("sessions"."sign_in_method" in ('password', 'oidc'));
