import type { CodeableConcept, Coding, Flag, Immunization, ServiceRequest } from "fhir/r4";
import { arr, conceptText, dateView, str } from "../fhir/fhir-values";
import { clinicianName, sourceFor } from "../fhir/source";
import { mapListSection } from "./map-list";
import type { ImmunisationsSection, ReferralsSection, RisksSection } from "./types";
import type { SectionInput } from "../section-registry/define-section";

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("en-GB") + s.slice(1);

export function mapImmunisations({ index, lists, filter: dateFilter }: SectionInput<"immunisations">): ImmunisationsSection {
  return mapListSection(
    lists.immunisations,
    (r) => {
      if (r.resourceType !== "Immunization") return null;
      const i: Immunization = r;
      const dose = arr<NonNullable<Immunization["protocolApplied"]>[number]>(i.protocolApplied)[0]?.doseNumberPositiveInt;
      return {
        id: i.id ?? `immunisation-${conceptText(i.vaccineCode)}`,
        source: sourceFor(i, index),
        recorded: dateView(i.recorded ?? i.occurrenceDateTime),
        vaccine: conceptText(i.vaccineCode, "Vaccine not named"),
        date: dateView(i.occurrenceDateTime),
        dose: typeof dose === "number" && Number.isInteger(dose) && dose > 0 ? dose : null,
        status: capitalise(str(i.status) ?? "not recorded"),
      };
    },
    (i) => i.date.sortKey,
    dateFilter,
  );
}

export function mapReferrals({ index, lists, filter: dateFilter }: SectionInput<"referrals">): ReferralsSection {
  return mapListSection(
    lists.referrals,
    (r) => {
      if (r.resourceType !== "ServiceRequest") return null;
      const s: ServiceRequest = r;
      const performer = arr<NonNullable<ServiceRequest["performer"]>[number]>(s.performer)[0];
      return {
        id: s.id ?? `referral-${conceptText(s.code)}`,
        source: sourceFor(s, index),
        recorded: dateView(s.authoredOn),
        service: conceptText(s.code, "Service not named"),
        date: dateView(s.authoredOn),
        priority: capitalise(str(s.priority) ?? "not recorded"),
        status: capitalise(str(s.status) ?? "not recorded"),
        requester: clinicianName(s.requester, index),
        performer: str(performer?.display) ?? null,
        reason: conceptText(arr<CodeableConcept>(s.reasonCode)[0]),
      };
    },
    (s) => s.date.sortKey,
    dateFilter,
  );
}

const FLAG_CATEGORY: Record<string, string> = { safety: "Safety", behavioral: "Behavioural", clinical: "Clinical", contact: "Contact" };

export function mapRisks({ index, lists }: SectionInput<"risksAndWarnings">): RisksSection {
  const section = lists.risksAndWarnings;
  // A flag entered in error was never a warning: it is left out, not listed as inactive.
  const valid = section && {
    ...section,
    resources: section.resources.filter((r) => !(r.resourceType === "Flag" && (r as Flag).status === "entered-in-error")),
  };
  return mapListSection(
    valid,
    (r) => {
      if (r.resourceType !== "Flag") return null;
      const f: Flag = r;
      const category = arr<CodeableConcept>(f.category)
        .flatMap((c) => arr<Coding>(c?.coding))
        .map((c) => str(c?.code))[0];
      return {
        id: f.id ?? `flag-${conceptText(f.code)}`,
        source: sourceFor(f, index),
        recorded: dateView(f.period?.start),
        text: conceptText(f.code, "Warning text not recorded"),
        category: (category && FLAG_CATEGORY[category]) ?? "Not recorded",
        since: dateView(f.period?.start),
        active: f.status !== "inactive" && f.status !== "entered-in-error",
      };
    },
    (f) => f.since.sortKey,
  );
}
