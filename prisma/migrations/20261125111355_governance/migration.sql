-- CreateEnum
CREATE TYPE "AccessDecision" AS ENUM ('CONSENT_GIVEN', 'CONSENT_REFUSED', 'EMERGENCY_OVERRIDE');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('SIGN_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'SIGN_OUT', 'PATIENT_SEARCH', 'CONSENT_GIVEN', 'CONSENT_REFUSED', 'EMERGENCY_OVERRIDE', 'RECORD_VIEW', 'ACCESS_DENIED', 'AUDIT_SEARCH', 'AUDIT_EXPORT', 'ALERT_REVIEWED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'DENIED', 'FAILED');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('OPEN', 'APPROPRIATE', 'NEEDS_FOLLOW_UP');

-- CreateTable
CREATE TABLE "access_episode" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "patient_nhs_number" TEXT NOT NULL,
    "decision" "AccessDecision" NOT NULL,
    "override_reason" TEXT,
    "override_detail" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "access_episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "action" "AuditAction" NOT NULL,
    "outcome" "AuditOutcome" NOT NULL,
    "user_id" UUID,
    "username" TEXT,
    "role" "Role",
    "organisation_ods" TEXT,
    "patient_nhs_number" TEXT,
    "access_episode_id" UUID,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "alert" (
    "id" UUID NOT NULL,
    "access_episode_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "AlertStatus" NOT NULL DEFAULT 'OPEN',
    "reviewed_by" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_note" TEXT,

    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "access_episode_user_id_patient_nhs_number_expires_at_idx" ON "access_episode"("user_id", "patient_nhs_number", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_id_key" ON "audit_event"("id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event"("hash");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_user_id_occurred_at_idx" ON "audit_event"("user_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_patient_nhs_number_occurred_at_idx" ON "audit_event"("patient_nhs_number", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_event_action_occurred_at_idx" ON "audit_event"("action", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "alert_access_episode_id_key" ON "alert"("access_episode_id");

-- CreateIndex
CREATE INDEX "alert_status_created_at_idx" ON "alert"("status", "created_at");

-- AddForeignKey
ALTER TABLE "access_episode" ADD CONSTRAINT "access_episode_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert" ADD CONSTRAINT "alert_access_episode_id_fkey" FOREIGN KEY ("access_episode_id") REFERENCES "access_episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit trail is append-only, enforced by the database itself: UPDATE, DELETE and TRUNCATE are refused
-- whoever asks (the application's own role included). Hand-written; Prisma does not model triggers.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();
