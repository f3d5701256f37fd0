// Patient search: by NHS number, or a trace in the style of PDS: family name (exact, sounds like, or a near
// spelling), given name, a full or partial date of birth (year, or year and month), gender and postcode (full, or
// just the district). Both answer a searchset Bundle, best match first; restricted patients (meta.security R or V, as the sensitive ones
// are labelled) are simply absent, as if not found.

import type { Bundle, Organization, Patient } from "fhir/r4";
import { isRestrictedPatient } from "../../lib/domain/access/restricted-patient";
import { practiceOrg } from "../clinical/organisations";
import { dayFromIso } from "../population/days";
import {
  demographicsByNhsNumber,
  demographicsOf,
  givenNamesOfIndex,
  type Demographics,
  type PopulationContext,
  type Sex,
} from "../population/demographics";
import { matchFamily, matchGiven, matchRank, type NameMatch } from "../population/name-match";
import { practiceOfIndex } from "../population/practices";
import { traceCandidates, type TraceIndex } from "../population/trace-index";
import { buildPatient } from "./build-people";
import { FHIR_BASE } from "./systems";

export const MAX_TRACE_RESULTS = 50;

/** A date of birth as typed: a whole date, a month, or a year. */
export interface BirthDateQuery {
  precision: "day" | "month" | "year";
  from: number;
  to: number;
  /** For a whole date whose day and month could be swapped (both 12 or less and different): that other day. */
  swapped?: number;
}

export interface TraceQuery {
  family: string;
  given?: string;
  birthDate?: BirthDateQuery;
  gender?: Sex;
  /** Full postcode ("LS6 3AB") or the district alone ("LS6"). */
  postcode?: string;
}

/** "1951", "1951-03" or "1951-03-27" (a FHIR date of that precision) → a range of days, or null if not a real date. */
export function parseBirthDate(value: string): BirthDateQuery | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (!mo) return { precision: "year", from: dayFromIso(`${y}-01-01`), to: dayFromIso(`${y}-12-31`) };
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  const nextMonth = month === 12 ? `${year + 1}-01-01` : `${y}-${String(month + 1).padStart(2, "0")}-01`;
  if (!d) return { precision: "month", from: dayFromIso(`${y}-${mo}-01`), to: dayFromIso(nextMonth) - 1 };
  const day = dayFromIso(`${y}-${mo}-${d}`);
  if (new Date(day * 86_400_000).toISOString().slice(0, 10) !== value) return null; // 31 February
  const dayOfMonth = Number(d);
  const swapped = dayOfMonth <= 12 && dayOfMonth !== month ? dayFromIso(`${y}-${d}-${mo}`) : undefined;
  return { precision: "day", from: day, to: day, ...(swapped !== undefined ? { swapped } : {}) };
}

const compactPostcode = (s: string) => s.replace(/\s+/g, "").toUpperCase();
/** A full postcode has an inward part (digit + two letters) after the district. */
const isFullPostcode = (s: string) => /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compactPostcode(s));
/** The district (outward code) of a full postcode, or what was typed when it is a district alone. */
const districtOf = (s: string) => (isFullPostcode(s) ? compactPostcode(s).slice(0, -3) : compactPostcode(s));

export interface TraceCandidate {
  family: string;
  given: readonly string[];
  birthDay: number;
  sex?: Sex | undefined;
  postcode: string;
}

export type BirthDateMatch = "exact" | "in-range" | "day-month-swapped";

export interface TraceMatch {
  family: NameMatch;
  given: NameMatch | null;
  birthDate: BirthDateMatch | null;
  /** 0..1, for Bundle.entry.search.score: 1 when everything typed matched exactly. */
  score: number;
}

function matchBirthDate(birthDay: number, q: BirthDateQuery | undefined): BirthDateMatch | null | "no" {
  if (!q) return null;
  if (birthDay >= q.from && birthDay <= q.to) return q.precision === "day" ? "exact" : "in-range";
  if (q.swapped === birthDay) return "day-month-swapped";
  return "no";
}

/** Name comparisons for one trace, remembered: candidates share a few hundred family and given names. */
export class NameMatcher {
  private readonly families = new Map<string, NameMatch | null>();
  private readonly givens = new Map<string, NameMatch | null>();
  constructor(private readonly q: TraceQuery) {}
  family(recorded: string): NameMatch | null {
    let m = this.families.get(recorded);
    if (m === undefined) this.families.set(recorded, (m = matchFamily(this.q.family, recorded)));
    return m;
  }
  given(recorded: readonly string[]): NameMatch | null {
    if (!this.q.given) return null;
    const key = recorded.join(" ");
    let m = this.givens.get(key);
    if (m === undefined) this.givens.set(key, (m = matchGiven(this.q.given, recorded)));
    return m;
  }
}

/** How a person matches a trace, or null when they do not. */
export function matchTrace(c: TraceCandidate, q: TraceQuery, names = new NameMatcher(q)): TraceMatch | null {
  const family = names.family(c.family);
  if (!family) return null;
  const given = names.given(c.given);
  if (q.given && !given) return null;
  const birthDate = matchBirthDate(c.birthDay, q.birthDate);
  if (birthDate === "no") return null;
  if (q.gender && c.sex !== q.gender) return null;
  if (q.postcode) {
    const full = isFullPostcode(q.postcode);
    const same = full ? compactPostcode(c.postcode) === compactPostcode(q.postcode) : districtOf(c.postcode) === districtOf(q.postcode);
    if (!same) return null;
  }
  const points =
    matchRank(family) + (q.given ? matchRank(given) : 0) + (birthDate === "exact" ? 3 : birthDate === "in-range" ? 2 : birthDate ? 1 : 0);
  const possible = 3 + (q.given ? 3 : 0) + (q.birthDate ? 3 : 0);
  return { family, given, birthDate, score: Math.round((points / possible) * 100) / 100 };
}

/** `_include=Patient:general-practitioner` adds each match's practice (phone, out-of-hours) with search.mode include. */
export function searchsetBundle(
  matches: { patient: Patient; score?: number }[],
  total = matches.length,
  included: Organization[] = [],
): Bundle {
  const unique = [...new Map(included.map((o) => [o.id, o])).values()];
  return {
    resourceType: "Bundle",
    type: "searchset",
    total,
    entry: [
      ...matches.map(({ patient, score }) => ({
        fullUrl: `${FHIR_BASE}/Patient/${patient.id ?? ""}`,
        resource: patient,
        search: { mode: "match" as const, ...(score !== undefined ? { score } : {}) },
      })),
      ...unique.map((o) => ({ fullUrl: `${FHIR_BASE}/Organization/${o.id ?? ""}`, resource: o, search: { mode: "include" as const } })),
    ],
  };
}

export function patientResource(d: Demographics): Patient {
  return buildPatient(d, practiceOrg(d.practice));
}

/** Whether the patient is hidden from search and record: decided by the label on their Patient resource. */
export function isRestricted(d: Demographics): boolean {
  return isRestrictedPatient(patientResource(d));
}

export function findByNhsNumber(ctx: PopulationContext, nhsNumber: string): Demographics[] {
  const d = demographicsByNhsNumber(ctx, nhsNumber);
  return d && !isRestricted(d) ? [d] : [];
}

export const candidateOf = (d: Demographics): TraceCandidate => ({
  family: d.family,
  given: d.given,
  birthDay: d.birthDay,
  sex: d.sex,
  postcode: d.address.postcode,
});

/** Matching synthetic patients, best first (score, then name). */
export function trace(ctx: PopulationContext, index: TraceIndex, q: TraceQuery): { demographics: Demographics; match: TraceMatch }[] {
  const birthRanges = q.birthDate
    ? [
        { from: q.birthDate.from, to: q.birthDate.to },
        ...(q.birthDate.swapped !== undefined ? [{ from: q.birthDate.swapped, to: q.birthDate.swapped }] : []),
      ]
    : [];
  const district = q.postcode ? districtOf(q.postcode) : null;
  const names = new NameMatcher(q);
  const out: { demographics: Demographics; match: TraceMatch }[] = [];
  for (const i of traceCandidates(index, q.family, { birthRanges, ...(q.gender ? { sex: q.gender } : {}) })) {
    // Cheap checks first, from the index and the first draws of the detail stream; full demographics only for
    // those left. A postcode narrows by the practice's districts, known from the index.
    if (district && !practiceOfIndex(i).districts.includes(district)) continue;
    const family = index.families[index.familyOf[i] ?? 0] ?? "";
    if (!names.family(family)) continue;
    const core = { family, birthDay: index.birthDays[i] ?? 0, sex: index.female[i] ? ("female" as const) : ("male" as const) };
    if (q.given && !names.given(givenNamesOfIndex(ctx, i, core))) continue;
    const d = demographicsOf(ctx, i);
    if (isRestricted(d)) continue;
    const match = matchTrace(candidateOf(d), q, names);
    if (match) out.push({ demographics: d, match });
  }
  return out.sort(
    (a, b) =>
      b.match.score - a.match.score ||
      a.demographics.family.localeCompare(b.demographics.family) ||
      a.demographics.index - b.demographics.index,
  );
}
