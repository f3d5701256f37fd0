-- Issue 18: two more reasons to look at a record. A deceased patient (for death certification, the coroner, or
-- bereavement support) is its own decision; consent given for the patient by a representative, a lasting power
-- of attorney or a parent is consent, with who gave it kept on the episode. Both are audited like the others.
ALTER TYPE "AccessDecision" ADD VALUE IF NOT EXISTS 'DECEASED_PATIENT';
ALTER TYPE "AuditAction" ADD VALUE IF NOT EXISTS 'DECEASED_PATIENT';
ALTER TABLE "access_episode" ADD COLUMN "consent_given_by" TEXT;
ALTER TABLE "access_episode" ADD COLUMN "access_purpose" TEXT;
