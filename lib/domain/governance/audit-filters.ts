// What a privacy officer can search the audit trail by, validated the same way for the page, the JSON route
// and the CSV export. Form values arrive as strings; a blank field means "any".
import { TZDate } from "@date-fns/tz";
import { isValid, parseISO } from "date-fns";
import { z } from "zod";
import { UK_TIME_ZONE } from "../cui/uk-time";
import { parseNhsNumber } from "../nhs-number";
import { ACCESS_ROUTES, AUDIT_ACTIONS, AUDIT_OUTCOMES } from "./audit-vocabulary";

export const AUDIT_PAGE_SIZE = 50;
/** Paging deeper than this is a sign the filters are too broad; the CSV export is the tool for bulk. */
export const AUDIT_MAX_PAGE = 2_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const isoDay = (label: string) => {
  const message = `${label} date must be a real date, for example 2026-01-31`;
  return z
    .string()
    .trim()
    .regex(ISO_DAY, message)
    .refine((value) => isValid(parseISO(value)), message);
};

const filterShape = {
  username: optional(
    z
      .string()
      .trim()
      .max(100, "Username must be 100 characters or fewer")
      .regex(/^[A-Za-z0-9._@-]+$/, "Username can only contain letters, numbers, full stops, hyphens, underscores and @"),
  ),
  nhsNumber: optional(
    z.string().transform((value, ctx) => {
      const parsed = parseNhsNumber(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
  ),
  ods: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{3,10}$/, "Organisation code must be 3 to 10 letters or numbers, for example R9A"),
  ),
  action: optional(z.enum(AUDIT_ACTIONS, { error: "Choose an action from the list" })),
  outcome: optional(z.enum(AUDIT_OUTCOMES, { error: "Choose an outcome from the list" })),
  via: optional(z.enum(ACCESS_ROUTES, { error: "Choose how the record was opened from the list" })),
  from: optional(isoDay("From")),
  to: optional(isoDay("To")),
};

const datesInOrder = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || f.from <= f.to;
const DATES_MESSAGE = { path: ["to"], message: "The to date must be the same as or after the from date" };

export const auditFiltersSchema = z.object(filterShape).refine(datesInOrder, DATES_MESSAGE);
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const auditSearchSchema = z
  .object({
    ...filterShape,
    page: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Page must be a whole number" })
        .int("Page must be a whole number")
        .min(1, "Page must be 1 or more")
        .max(AUDIT_MAX_PAGE, `Page must be ${AUDIT_MAX_PAGE} or less: narrow the search instead`)
        .default(1),
    ),
    /** The newest event the first page saw: later pages stay on the same snapshot while new events arrive. */
    upTo: optional(z.string().regex(/^\d{1,18}$/, "Page link is not valid: search again")),
  })
  .refine(datesInOrder, DATES_MESSAGE);
export type AuditSearchInput = z.infer<typeof auditSearchSchema>;

export const AUDIT_FILTER_FIELDS = ["username", "nhsNumber", "ods", "action", "outcome", "via", "from", "to"] as const;
export type AuditFilterField = (typeof AUDIT_FILTER_FIELDS)[number];

/** Field id → first message, for the error summary and the message under each field. */
export function issuesByField(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    fields[key] ??= issue.message;
  }
  return fields;
}

/** The query string for a search (canonical values, blanks left out), for paging links and the CSV link. */
export function auditQueryString(
  filters: Partial<Record<AuditFilterField, string>>,
  extra: { page?: number; upTo?: string | null } = {},
): string {
  const query = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = filters[field];
    if (value) query.set(field, value);
  }
  if (extra.page && extra.page > 1) query.set("page", String(extra.page));
  if (extra.upTo) query.set("upTo", extra.upTo);
  return query.toString();
}

/** The raw strings of a query (URLSearchParams or Next's searchParams), first value of each key. */
export function queryValues(source: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  const entries = source instanceof URLSearchParams ? [...source.entries()] : Object.entries(source);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !(key in values)) values[key] = first;
  }
  return values;
}

/** A "from" or "to" day as instants in UK civil time: from is inclusive, to covers the whole day. */
export function ukDayBounds(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  const day = (iso: string, plusDays: number) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d + plusDays, UK_TIME_ZONE).getTime());
  };
  return { ...(from ? { gte: day(from, 0) } : {}), ...(to ? { lt: day(to, 1) } : {}) };
}
