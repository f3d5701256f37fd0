-- Safety concerns reported by users from any page (issue 13): who, which patient (when reported from a record page),
-- which page, and what they saw. Reviewed by the privacy officer / clinical safety officer like override alerts.
-- The report and each review are also audit events (SAFETY_CONCERN_REPORTED, SAFETY_CONCERN_REVIEWED), written in
-- the same transaction as the row. The runtime role's access comes from the default privileges of the
-- runtime-role migration (SELECT, INSERT, UPDATE, DELETE on new tables).
CREATE TYPE "SafetyConcernStatus" AS ENUM ('OPEN', 'NO_ACTION_NEEDED', 'HAZARD_LOG_UPDATED');

CREATE TABLE "safety_concern" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reported_by" UUID NOT NULL,
    "patient_nhs_number" TEXT,
    "page" TEXT NOT NULL,
    "concern" TEXT NOT NULL,
    "status" "SafetyConcernStatus" NOT NULL DEFAULT 'OPEN',
    "reviewed_by" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_note" TEXT,

    CONSTRAINT "safety_concern_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "safety_concern_status_created_at_idx" ON "safety_concern"("status", "created_at");

ALTER TABLE "safety_concern" ADD CONSTRAINT "safety_concern_reported_by_fkey" FOREIGN KEY ("reported_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TYPE "AuditAction" ADD VALUE 'SAFETY_CONCERN_REPORTED';
ALTER TYPE "AuditAction" ADD VALUE 'SAFETY_CONCERN_REVIEWED';

-- An administrator clearing an account's lock-out from the administration page (issue 18).
ALTER TYPE "AuditAction" ADD VALUE 'LOCKOUT_CLEARED';
