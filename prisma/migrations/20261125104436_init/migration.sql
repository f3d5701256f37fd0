-- CreateEnum
CREATE TYPE "Role" AS ENUM ('AE_DOCTOR', 'OOH_GP', 'CLINICIAN_111', 'PARAMEDIC', 'NURSE', 'SOCIAL_CARE', 'PRIVACY_OFFICER', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('ACUTE_TRUST', 'OUT_OF_HOURS', 'NHS_111', 'AMBULANCE', 'COMMUNITY', 'LOCAL_AUTHORITY', 'COMMISSIONER');

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "ods_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "professional_code" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisation_id" UUID NOT NULL,
    "failed_sign_in_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_ods_code_key" ON "organisation"("ods_code");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "app_user_organisation_id_idx" ON "app_user"("organisation_id");

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
