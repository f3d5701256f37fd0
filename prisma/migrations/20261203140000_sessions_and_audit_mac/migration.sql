-- Server-side sessions: the session cookie names a row here, and an ended row refuses the cookie.
CREATE TABLE "user_session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    "end_reason" TEXT,

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "user_session_user_id_ended_at_idx" ON "user_session"("user_id", "ended_at");

ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each audit event's keyed MAC (HMAC-SHA256 of its hash under a key the database never holds).
ALTER TABLE "audit_event" ADD COLUMN "mac" TEXT;

-- Audited account actions that end sessions.
ALTER TYPE "AuditAction" ADD VALUE 'SESSIONS_ENDED';
ALTER TYPE "AuditAction" ADD VALUE 'PASSWORD_CHANGED';
