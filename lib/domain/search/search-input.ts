// What a clinician can search by, validated the same way in the browser (before any request) and on the server.
import { isValid, parseISO } from "date-fns";
import { z } from "zod";
import { parseNhsNumber } from "../nhs-number";

const name = (label: string) =>
  z
    .string({ error: `Enter the patient's ${label}` })
    .trim()
    .min(1, `Enter the patient's ${label}`)
    .max(60, `The ${label} must be 60 characters or fewer`)
    .regex(/^[\p{L}' .-]+$/u, `The ${label} can only include letters, spaces, hyphens and apostrophes`);

export const searchInputSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("nhs-number"),
    nhsNumber: z.string().transform((value, ctx) => {
      const parsed = parseNhsNumber(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message, path: [] });
        return z.NEVER;
      }
      return parsed.value;
    }),
  }),
  z.object({
    mode: z.literal("demographics"),
    family: name("last name"),
    given: name("first name"),
    birthDate: z
      .string({ error: "Enter the patient's date of birth" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date of birth as a real date, for example 27 3 1951")
      .refine((v) => isValid(parseISO(v)), "Enter the date of birth as a real date, for example 27 3 1951")
      .refine((v) => v <= new Date().toISOString().slice(0, 10), "The date of birth must be today or in the past")
      .refine((v) => v >= "1890-01-01", "The date of birth must be after 1890"),
    postcode: z
      .string()
      .trim()
      .toUpperCase()
      .transform((v) => v.replace(/\s+/g, " "))
      .refine((v) => v === "" || /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(v), "Enter a real postcode, for example NG1 5FT")
      .optional(),
  }),
]);

export type SearchInput = z.infer<typeof searchInputSchema>;

/** Field id → message, for the error summary and the fields themselves. */
export function searchFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "nhsNumber");
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Most matches a trace may show before asking for more detail. */
export const MAX_SEARCH_RESULTS = 10;
