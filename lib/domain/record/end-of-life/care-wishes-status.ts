// The resuscitation and care-wishes line in the patient banner, derived from the end of life section.
// Three honest states (docs/care-wishes.md):
// - "decision": a CPR decision is recorded (or recorded but unclear: "decision unclear — read the form");
// - "none": the section came back whole and holds no CPR decision: "No CPR decision recorded in the GP record";
// - "unavailable": the section could not be fetched, or came back incomplete with no decision in what arrived:
//   never shown as "none", because something may be missing.
// The status's schema is in care-wishes-status-schema.ts, so the components that use these words do not bring zod
// into the browser.
import type { CareWishesStatus } from "./care-wishes-status-schema";
import type { EndOfLifeSection } from "./types";

export type { CareWishesStatus };

export const NO_CPR_DECISION = "No CPR decision recorded in the GP record";
export const EOL_UNAVAILABLE = "End-of-life information could not be retrieved — phone the practice";
export const EOL_INCOMPLETE = "End-of-life information is incomplete and shows no CPR decision — phone the practice";
export const DECISION_UNCLEAR = "CPR decision unclear — read the form";

export function unavailableStatus(): CareWishesStatus {
  return { state: "unavailable", tone: "warning", headline: EOL_UNAVAILABLE, details: [], hasCareWishes: false };
}

function decisionHeadline(s: EndOfLifeSection): { tone: CareWishesStatus["tone"]; headline: string } {
  const cpr = s.cpr!;
  if (s.cprUnclear !== null) return { tone: "warning", headline: DECISION_UNCLEAR };
  const date = cpr.date.iso ? cpr.date.display : "date not recorded";
  return cpr.decision === "not-for-resuscitation"
    ? { tone: "dnacpr", headline: `DNACPR — ${date}` }
    : { tone: "for-cpr", headline: `For CPR — ${date}` };
}

function otherWishes(s: EndOfLifeSection): string[] {
  const out: string[] = [];
  if (s.respect?.ceilingText) out.push(`Ceiling of treatment: ${s.respect.ceilingText}`);
  if (s.adrt) out.push("Advance decision to refuse treatment (ADRT)");
  for (const lpa of s.lastingPowerOfAttorney) {
    const registered = lpa.lpaRegistered === true ? ", registered" : lpa.lpaRegistered === false ? ", not registered" : "";
    out.push(`LPA health and welfare: ${lpa.name}${registered}`);
  }
  if (s.palliativeCareRegister) out.push("On the palliative care register");
  return out;
}

export function careWishesStatus(s: EndOfLifeSection | null): CareWishesStatus {
  if (s === null || s.completeness.status === "source-unavailable") return unavailableStatus();
  const incomplete = s.completeness.reasons.some((r) => r === "items-withheld" || r === "items-unreadable");
  const hasCareWishes =
    s.hasContent &&
    (s.cpr !== null ||
      s.respect !== null ||
      s.adrt !== null ||
      s.lastingPowerOfAttorney.length > 0 ||
      s.palliativeCareRegister !== null ||
      s.preferredPlaceOfCare !== null ||
      s.preferredPlaceOfDeath !== null);
  const others = otherWishes(s);
  if (s.cpr === null) {
    if (incomplete) return { state: "unavailable", tone: "warning", headline: EOL_INCOMPLETE, details: others, hasCareWishes };
    return { state: "none", tone: "neutral", headline: NO_CPR_DECISION, details: others, hasCareWishes };
  }
  const cpr = s.cpr;
  const { tone, headline } = decisionHeadline(s);
  const details: string[] = [];
  if (s.cprUnclear === "same-day-conflict") details.push("Conflicting CPR decisions recorded on the same day");
  if (s.cprUnclear === "unknown-code") details.push(`Recorded as "${cpr.display}"`);
  if (s.cprOlder.length > 0) details.push(`${s.cprOlder.length + 1} CPR decisions recorded; most recent shown`);
  if (cpr.reviewOverdue) details.push(`Review date passed (${cpr.reviewDate.display})`);
  const form = cpr.formType ? (/form$/i.test(cpr.formType) ? cpr.formType : `${cpr.formType} form`) : "Form";
  if (cpr.formType || cpr.formLocation) details.push(`${form}${cpr.formLocation ? `: ${cpr.formLocation}` : ""}`);
  if (incomplete) details.push("Some end-of-life entries were withheld or could not be read");
  return { state: "decision", tone, headline, details: [...details, ...others], hasCareWishes: true };
}
