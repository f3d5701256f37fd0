// The caller-identity JWT the viewer sends (GP Connect style), as a zod schema.

import { z } from "zod";

export const ROLES = [
  "AE_DOCTOR",
  "OOH_GP",
  "CLINICIAN_111",
  "PARAMEDIC",
  "NURSE",
  "SOCIAL_CARE",
  "PRIVACY_OFFICER",
  "ADMINISTRATOR",
] as const;
export const CLINICAL_DATA_ROLES: readonly Role[] = ["AE_DOCTOR", "OOH_GP", "CLINICIAN_111", "PARAMEDIC", "NURSE", "SOCIAL_CARE"];
export const MAX_TOKEN_LIFETIME_SECONDS = 300;

const identifier = z.object({ system: z.string(), value: z.string().min(1) });

export const tokenClaims = z
  .object({
    iss: z.string().min(1),
    sub: z.string().min(1),
    aud: z.union([z.string(), z.array(z.string())]),
    iat: z.number().int(),
    exp: z.number().int(),
    reason_for_request: z.literal("directcare"),
    requested_scope: z.string().min(1),
    requesting_device: z.object({
      resourceType: z.literal("Device"),
      identifier: z.array(identifier).min(1),
      model: z.string(),
      version: z.string(),
    }),
    requesting_organization: z.object({
      resourceType: z.literal("Organization"),
      identifier: z
        .array(identifier)
        .min(1)
        .refine((ids) => ids.some((i) => i.system === "https://fhir.nhs.uk/Id/ods-organization-code"), "an ODS code is required"),
      name: z.string(),
    }),
    requesting_practitioner: z.object({
      resourceType: z.literal("Practitioner"),
      id: z.string().min(1),
      identifier: z.array(identifier).min(1),
      name: z.array(z.object({ family: z.string(), given: z.array(z.string()).optional() })).min(1),
    }),
    requesting_practitioner_role: z.enum(ROLES),
    consent_to_view: z.enum(["given", "emergency-override", "deceased-patient", "trace-only"]),
    access_episode_id: z.string().min(1).optional(),
  })
  .refine((c) => c.exp - c.iat <= MAX_TOKEN_LIFETIME_SECONDS, "token lifetime is longer than 300 seconds")
  .refine((c) => c.consent_to_view === "trace-only" || c.access_episode_id !== undefined, "access_episode_id is required with consent");

export type TokenClaims = z.infer<typeof tokenClaims>;
export type Role = (typeof ROLES)[number];
