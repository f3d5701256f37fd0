import { z } from "zod";
import { dateViewSchema } from "../common";

/** Everything the CUI patient banner shows; strings are ready to render. */
export const patientBannerSchema = z.object({
  /** "SMITH, Richard (Mr)". */
  name: z.string(),
  /** 10 digits, or null when absent. */
  nhsNumber: z.string().nullable(),
  /** "943 476 5919", or "Not recorded". */
  nhsNumberDisplay: z.string(),
  /** False when present but failing the check digit: show it, but flag it. */
  nhsNumberValid: z.boolean(),
  birthDate: dateViewSchema,
  /** "Born 14-Jul-1945 (81y)"; for the deceased "(died aged 79y)". */
  born: z.string(),
  /** "81y", "30w 4d"; null when the birth date is unknown. */
  age: z.string().nullable(),
  gender: z.string(),
  /** Deceased patients must be shown unmistakably; null when alive (or not recorded as dead). */
  deceased: z.object({ date: dateViewSchema }).nullable(),
  address: z.object({ lines: z.array(z.string()), postcode: z.string().nullable(), display: z.string() }),
  phone: z.string().nullable(),
  registeredPractice: z
    .object({
      name: z.string(),
      odsCode: z.string().nullable(),
      /** The practice's phone number from the gateway's Organization; null when not given. */
      phone: z.string().nullable().optional(),
      /** What the practice says about the hours it is closed (local extension); null when not known. */
      outOfHours: z.string().nullable().optional(),
    })
    .nullable(),
  usualGp: z.string().nullable(),
  /** Contacts (next of kin, carer, emergency contact…) from Patient.contact and RelatedPerson; absent when none. */
  contacts: z
    .array(
      z.object({ id: z.string(), name: z.string(), role: z.string(), relationship: z.string().nullable(), phone: z.string().nullable() }),
    )
    .optional(),
  /** Communication needs: language, interpreter, British Sign Language, Makaton…; absent when none recorded. */
  communicationNeeds: z.array(z.string()).optional(),
});
export type PatientBanner = z.infer<typeof patientBannerSchema>;
