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

/** A trace needs something besides the names: the date of birth, or else a postcode or gender. */
export const NARROW_MESSAGE = "Enter a date of birth (the year is enough), or a postcode or gender to narrow the search";

/** "1951", "1951-03" or "1951-03-27", each a real date. */
export function isRealPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, , month, day] = m;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  return day === undefined || isValid(parseISO(value));
}

/**
 * Day, month and year boxes → "1951-03-27", "1951-03" (no day), "1951" (year only), "" (all empty), or "invalid"
 * (a day without a month, anything without a year, or not numbers), which validation then names.
 */
export function birthDateFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return "";
  if (!/^\d{4}$/.test(y) || (d && !m) || (m && !/^\d{1,2}$/.test(m)) || (d && !/^\d{1,2}$/.test(d))) return "invalid";
  if (!m) return y;
  if (!d) return `${y}-${m.padStart(2, "0")}`;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

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
  z
    .object({
      mode: z.literal("demographics"),
      family: name("last name"),
      given: name("first name"),
      birthDate: z
        .string()
        .trim()
        .refine((v) => v === "" || isRealPartialDate(v), "Enter a real date of birth, or just the year, or the month and year")
        .refine((v) => v <= new Date().toISOString().slice(0, v.length), "The date of birth must be today or in the past")
        .refine((v) => v === "" || v >= "1890", "The date of birth must be after 1890")
        .optional(),
      gender: z.enum(["female", "male"], { error: "Choose female, male, or leave gender blank" }).optional(),
      postcode: z
        .string()
        .trim()
        .toUpperCase()
        .transform((v) => v.replace(/\s+/g, " "))
        .refine(
          (v) => v === "" || /^[A-Z]{1,2}\d[A-Z\d]?( ?\d[A-Z]{2})?$/.test(v),
          "Enter a real postcode, or just its first part, for example NG1 5FT or NG1",
        )
        .optional(),
    })
    .transform(({ birthDate, postcode, gender, ...rest }) => ({
      ...rest,
      ...(birthDate ? { birthDate } : {}),
      ...(postcode ? { postcode } : {}),
      ...(gender ? { gender } : {}),
    }))
    .refine((v) => v.birthDate !== undefined || v.postcode !== undefined || v.gender !== undefined, {
      message: NARROW_MESSAGE,
      path: ["birthDate"],
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
