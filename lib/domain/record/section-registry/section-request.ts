// One parser for a request for a record section, used by the page and by the API route alike, so the two doors
// accept and refuse exactly the same things. Built from the descriptors: a date range is accepted only where the
// section's date mode takes one, and a future or impossible date is refused with a field error before anything is
// sent to the gateway. Also used in the browser, so the date form says the same thing before the page is asked.
import { z } from "zod";
import { isCalendarDate } from "../../cui/calendar-date";
import { parseNhsNumber } from "../../nhs-number";
import type { DateFilter } from "../completeness";
import { RECORD_SECTIONS, sectionMeta, type RecordSection } from "./meta";

export type SectionRequest = {
  nhsNumber: string;
  section: RecordSection;
  /** The date range, as the section takes it (null when none was given). */
  filter: DateFilter | null;
  /** Every item, not only the newest (?issues=all), where the section allows it. */
  allIssues: boolean;
};

export type SectionRequestRefusal = {
  code: "INVALID_NHS_NUMBER" | "SECTION_NOT_FOUND" | "INVALID_INPUT";
  message: string;
  /** Field → message, for the date form (from, to, issues). */
  fields: Record<string, string>;
};

export type SectionRequestParse = { ok: true; request: SectionRequest } | { ok: false; refusal: SectionRequestRefusal };

/** A query string as the page (searchParams) or the route (URLSearchParams) has it. */
export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

function values(query: RawQuery, name: string): string[] {
  if (query instanceof URLSearchParams) return query.getAll(name);
  const value = query[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const LABEL = { from: "From", to: "To" } as const;

const sectionSchema = z.enum(RECORD_SECTIONS as [RecordSection, ...RecordSection[]]);

/** One optional value: absent, empty, or given more than once (refused). */
const single = (name: string) =>
  z
    .array(z.string())
    .max(1, `Give one ${name} value`)
    .transform((v) => (v[0] !== undefined && v[0].trim() !== "" ? v[0].trim() : null));

const dateField = (field: keyof typeof LABEL, today: string) =>
  single(field)
    .refine((v) => v === null || isCalendarDate(v), `${LABEL[field]} date must be a real date, for example 2025-11-01`)
    .refine((v) => v === null || !isCalendarDate(v) || v <= today, `${LABEL[field]} date must be today or earlier`);

/** The query a section takes: dates where its date mode allows them, issues=all where it sends its newest items first. */
function querySchema(section: RecordSection, today: string) {
  const meta = sectionMeta(section);
  return z
    .object({
      from: dateField("from", today),
      to: dateField("to", today),
      issues: single("issues").refine((v) => v === null || v === "all", 'issues can only be "all"'),
    })
    .superRefine((q, ctx) => {
      const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
      if (meta.dateRange === "none") {
        if (q.from !== null) issue("from", `${meta.title} cannot be narrowed by date: remove the From date`);
        if (q.to !== null) issue("to", `${meta.title} cannot be narrowed by date: remove the To date`);
      }
      if (meta.dateRange === "from-only" && q.to !== null)
        issue("to", `${meta.title} can only be narrowed from a date: remove the To date`);
      if (q.from !== null && q.to !== null && q.from > q.to) issue("to", "The From date must be on or before the To date");
      if (q.issues !== null && !meta.allItemsOnRequest) issue("issues", `${meta.title} always shows every item: remove issues=all`);
    });
}

export type SectionQueryParse = { ok: true; filter: DateFilter | null; allIssues: boolean } | { ok: false; refusal: SectionRequestRefusal };

/** The query of a known section (the date form checks a range with this before it asks for the page). */
export function parseSectionQuery(section: RecordSection, query: RawQuery, today: string): SectionQueryParse {
  const parsed = querySchema(section, today).safeParse({
    from: values(query, "from"),
    to: values(query, "to"),
    issues: values(query, "issues"),
  });
  if (parsed.success) {
    const { from, to, issues } = parsed.data;
    return { ok: true, filter: from || to ? { from, to } : null, allIssues: issues === "all" };
  }
  const fields: Record<string, string> = {};
  for (const i of parsed.error.issues) fields[String(i.path[0] ?? "request")] ??= i.message;
  return { ok: false, refusal: { code: "INVALID_INPUT", message: Object.values(fields)[0] ?? "The request is not valid", fields } };
}

/**
 * Parses a section request. `today` is the UK calendar date (YYYY-MM-DD) the dates are checked against. Refusals come
 * in a fixed order: the NHS number, then the section, then the query's fields (each with its own message).
 */
export function parseSectionRequest(input: { nhsNumber: string; section: string; query: RawQuery }, today: string): SectionRequestParse {
  const nhs = parseNhsNumber(input.nhsNumber);
  if (!nhs.ok) return { ok: false, refusal: { code: "INVALID_NHS_NUMBER", message: nhs.message, fields: {} } };
  const section = sectionSchema.safeParse(input.section);
  if (!section.success)
    return { ok: false, refusal: { code: "SECTION_NOT_FOUND", message: "There is no such record section", fields: {} } };
  const query = parseSectionQuery(section.data, input.query, today);
  if (!query.ok) return query;
  return { ok: true, request: { nhsNumber: nhs.value, section: section.data, filter: query.filter, allIssues: query.allIssues } };
}
