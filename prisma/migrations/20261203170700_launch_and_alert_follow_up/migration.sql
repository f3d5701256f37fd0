-- Context launch from a registered host system (issue 17): the launch and its refusals are audited events, the
-- access episode a launch opens says which host asserted the legitimate relationship, users are matched by their
-- SDS user id, and each launch token's jti is used once.
ALTER TYPE "AuditAction" ADD VALUE 'LAUNCH';
ALTER TYPE "AuditAction" ADD VALUE 'LAUNCH_REFUSED';

ALTER TYPE "AccessDecision" ADD VALUE 'LEGITIMATE_RELATIONSHIP';

-- The host's name and the relationship it asserted (e.g. "Booked in at this emergency department").
ALTER TABLE "access_episode" ADD COLUMN "asserted_by" TEXT;
ALTER TABLE "access_episode" ADD COLUMN "relationship" TEXT;

ALTER TABLE "app_user" ADD COLUMN "sds_user_id" TEXT;
CREATE UNIQUE INDEX "app_user_sds_user_id_key" ON "app_user"("sds_user_id");

-- One row per launch token ever accepted for checking: the primary key refuses a second use of the same jti from
-- the same issuer, on every app instance. Rows may be deleted once expires_at is well past (a replay is then
-- refused as expired).
CREATE TABLE "launch_token_use" (
    "issuer" TEXT NOT NULL,
    "jti" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "launch_token_use_pkey" PRIMARY KEY ("issuer", "jti")
);
CREATE INDEX "launch_token_use_expires_at_idx" ON "launch_token_use"("expires_at");

-- "Needs follow-up" on an emergency-override alert opens a follow-up with an owner and a due date (issue 18).
CREATE TABLE "alert_follow_up" (
    "id" UUID NOT NULL,
    "alert_id" UUID NOT NULL,
    "owner" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_follow_up_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "alert_follow_up_alert_id_key" ON "alert_follow_up"("alert_id");
ALTER TABLE "alert_follow_up" ADD CONSTRAINT "alert_follow_up_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "alert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
