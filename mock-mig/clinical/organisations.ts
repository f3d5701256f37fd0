// Organisations and clinicians a record can mention, derived from the practice list so they are
// the same for every request.

import { CCGS } from "../population/places";
import { PRACTICES, type Practice } from "../population/practices";
import { FEMALE_FORENAMES, MALE_FORENAMES, SURNAMES } from "../population/name-tables";
import { Rng, mix32 } from "../population/prng";
import type { Clinician, Org } from "./model";

export function practiceOrg(practice: Practice): Org {
  return { key: practice.odsCode, odsCode: practice.odsCode, name: practice.name, type: "gp-practice" };
}

const OOH_NAMES = ["Out of Hours GP Service", "Urgent Care Centre (GP out of hours)", "Integrated Urgent Care Service"];

export function outOfHoursOrg(ccgIndex: number): Org {
  const ccg = CCGS[ccgIndex] ?? CCGS[0]!;
  const town = ccg.towns[0]?.[0] ?? "Local";
  return {
    key: `YOH0${ccgIndex + 1}`,
    odsCode: `YOH0${ccgIndex + 1}`,
    name: `${town} ${OOH_NAMES[ccgIndex % OOH_NAMES.length]} (synthetic)`,
    type: "out-of-hours-provider",
  };
}

export function hospitalOrg(ccgIndex: number): Org {
  const ccg = CCGS[ccgIndex] ?? CCGS[0]!;
  const town = ccg.towns[0]?.[0] ?? "Local";
  return { key: `XH${ccgIndex + 1}`, odsCode: `XH${ccgIndex + 1}`, name: `${town} Hospitals NHS Trust (synthetic)`, type: "nhs-trust" };
}

export function ccgIndexOf(practice: Practice): number {
  return Math.max(
    0,
    CCGS.findIndex((c) => c.code === practice.ccgCode),
  );
}

/** A practice elsewhere where someone might register as a temporary resident (holiday, work). */
export function temporaryPractice(home: Practice, rng: Rng): Practice {
  for (;;) {
    const other = rng.pick(PRACTICES);
    if (other.ccgCode !== home.ccgCode) return other;
  }
}

/** Clinician `n` of an organisation: stable name and SDS user id for the same (org, n). */
export function clinicianAt(org: Org, n: number, role = "General Medical Practitioner"): Clinician {
  const rng = new Rng(mix32(0xc11c1a, Number.parseInt(org.odsCode.replace(/\D/g, "") || "7", 10) * 31 + n + org.odsCode.length));
  const forenames = rng.chance(0.5) ? FEMALE_FORENAMES["1980s-90s"] : MALE_FORENAMES["1950s-70s"];
  const sds = String(500000000000 + (mix32(n, org.odsCode.charCodeAt(0) + org.odsCode.length * 7 + n) % 99999999999));
  return {
    key: `${org.odsCode}-${n}`,
    sdsId: sds,
    prefix: role.includes("Nurse") ? "" : "Dr",
    given: rng.pick(forenames),
    family: rng.weighted(SURNAMES),
    role,
    org,
  };
}

export function usualGpOf(practice: Practice): Clinician {
  return clinicianAt(practiceOrg(practice), 1);
}

/**
 * What the practice tells callers about the hours it is closed, or undefined when it is not known (about one
 * practice in five gives none). Synthetic, fixed per practice.
 */
export function outOfHoursArrangements(practice: Practice): string | undefined {
  if (practice.index % 5 === 4) return undefined;
  const ooh = outOfHoursOrg(ccgIndexOf(practice));
  const closes = ["18:00", "18:30", "18:30", "19:00"][practice.index % 4];
  return `Open 08:00 to ${closes} on weekdays. When closed, phone NHS 111, which passes calls to ${ooh.name} (${ooh.odsCode}).`;
}
