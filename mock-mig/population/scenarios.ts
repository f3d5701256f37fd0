// Demo patients: fixed people at fixed population indices, the same for every seed. Their clinical
// content is shaped in clinical/demo-records.ts; scenarios.json is written from this list.

import { dayFromIso, type Day } from "./days";
import type { Demographics, Sex } from "./demographics";
import { PRACTICES, type Practice } from "./practices";
import { POSTCODE_UNIT_LETTERS, STREET_KINDS, STREET_STEMS } from "./places";
import { hashString, Rng } from "./prng";

export type ScenarioId =
  | "ordinary"
  | "frail-end-of-life"
  | "multiple-organisations"
  | "early-controlled-drugs"
  | "interactions"
  | "allergy-conflict"
  | "deceased"
  | "sensitive"
  | "withheld-items"
  | "empty-record"
  | "long-record"
  | "offline-practice"
  | "cpr-decision-changed"
  | "respect-ceiling"
  | "end-of-life-unavailable"
  | "allergy-statuses"
  | "no-known-drug-allergy"
  | "medication-unstated-type"
  | "ordinary-contacts"
  | "very-restricted"
  | "allergy-entered-in-error"
  | "allergy-entered-in-error-r4-twin";

export interface Scenario {
  id: ScenarioId;
  index: number;
  prefix: string;
  given: string[];
  family: string;
  sex: Sex;
  birthDay: Day;
  deathDay?: Day;
  sensitive: boolean;
  demonstrates: string[];
  demographics: (index: number, nhsNumber: string, practice: Practice) => Demographics;
}

type Def = [
  id: ScenarioId,
  practice: number,
  offset: number,
  prefix: string,
  given: string[],
  family: string,
  sex: Sex,
  born: string,
  demonstrates: string[],
  died?: string,
];

const DEFS: Def[] = [
  [
    "ordinary",
    0,
    101,
    "Mr",
    ["David", "John"],
    "Arkwright",
    "male",
    "1968-03-14",
    [
      "ordinary patient",
      "hypertension and hyperlipidaemia with current repeats",
      "a few acute issues",
      "blood pressure and weight",
      "immunisations",
    ],
  ],
  [
    "frail-end-of-life",
    135,
    202,
    "Mrs",
    ["Edith", "May"],
    "Margerison",
    "female",
    "1934-02-09",
    [
      "frail elderly",
      "full end-of-life dataset",
      "DNACPR and ReSPECT",
      "preferred place of care and death",
      "anticipatory medicines",
      "lasting power of attorney",
      "key contacts",
      "key safe",
    ],
  ],
  [
    "multiple-organisations",
    40,
    303,
    "Mr",
    ["Craig"],
    "Holdsworth",
    "male",
    "1981-07-22",
    [
      "medication from more than one organisation",
      "temporary resident registration elsewhere",
      "out-of-hours issues",
      "same drug twice",
      "same-class duplicates",
    ],
  ],
  [
    "early-controlled-drugs",
    60,
    404,
    "Ms",
    ["Kerry", "Ann"],
    "Oldroyd",
    "female",
    "1979-11-03",
    [
      "controlled-drug supplies issued before the previous ones ran out",
      "controlled drugs from several organisations",
      "same-class duplicates",
      "a medicine the safety checks cannot identify, listed as not checked",
    ],
  ],
  [
    "interactions",
    80,
    505,
    "Mr",
    ["Frank"],
    "Ackroyd",
    "male",
    "1948-05-30",
    [
      "interacting drugs",
      "warfarin with an NSAID",
      "simvastatin with clarithromycin",
      "ACE inhibitor with spironolactone",
      "discontinued medication with reasons",
    ],
  ],
  [
    "allergy-conflict",
    95,
    606,
    "Mrs",
    ["Janet"],
    "Sutcliffe",
    "female",
    "1957-09-12",
    ["medication matching a recorded allergy", "penicillin allergy with amoxicillin issued out of hours", "resolved allergy"],
  ],
  [
    "deceased",
    110,
    707,
    "Mr",
    ["Harold"],
    "Boothroyd",
    "male",
    "1931-01-17",
    ["deceased patient", "medication stopped at death"],
    "2026-09-20",
  ],
  ["sensitive", 20, 808, "Ms", ["Jordan"], "Priestley", "female", "1990-04-04", ["sensitive patient", "answered as not found"]],
  [
    "withheld-items",
    30,
    909,
    "Miss",
    ["Natalie"],
    "Firth",
    "female",
    "1994-06-18",
    ["items withheld as sensitive", "confidential-items warning on lists"],
  ],
  ["empty-record", 50, 111, "Mr", ["Tomasz"], "Nowicki", "male", "2001-10-01", ["empty record", "newly registered, nothing recorded"]],
  [
    "long-record",
    70,
    222,
    "Mrs",
    ["Brenda"],
    "Haigh",
    "female",
    "1941-12-05",
    ["very long record", "hundreds of medication issues", "weekly dispensing"],
  ],
  [
    "cpr-decision-changed",
    12,
    414,
    "Mr",
    ["Walter"],
    "Entwistle",
    "male",
    "1939-06-21",
    [
      "more than one CPR decision",
      "older DNACPR replaced by a newer for-CPR decision",
      "entered-in-error DNACPR ignored",
      "out-of-date review date",
    ],
  ],
  [
    "respect-ceiling",
    27,
    515,
    "Mrs",
    ["Doreen"],
    "Ingleby",
    "female",
    "1936-10-02",
    [
      "ReSPECT form with a ceiling of treatment",
      "DNACPR coded with the other UK code (450476008)",
      "advance decision to refuse treatment",
      "registered lasting power of attorney for health and welfare",
    ],
  ],
  [
    "end-of-life-unavailable",
    44,
    616,
    "Mr",
    ["Albert"],
    "Cockcroft",
    "male",
    "1940-01-28",
    ["end-of-life data could not be retrieved", "every other section available"],
  ],
  [
    "offline-practice",
    142,
    33,
    "Mr",
    ["George"],
    "Shackleton",
    "male",
    "1952-08-08",
    ["practice offline by default", "PRACTICE_UNAVAILABLE"],
  ],
  [
    "allergy-statuses",
    3,
    321,
    "Mrs",
    ["Susan"],
    "Greenhalgh",
    "female",
    "1959-05-23",
    [
      "the only penicillin allergy is entered in error, with amoxicillin current: no penicillin allergy and no conflict",
      "refuted allergy (codeine)",
      "inactive allergy (latex)",
      "unconfirmed allergy (trimethoprim)",
      "LOINC alongside SNOMED CT on blood pressure and weight",
    ],
  ],
  [
    "no-known-drug-allergy",
    5,
    432,
    "Mr",
    ["Peter"],
    "Ormerod",
    "male",
    "1971-08-30",
    ["no known drug allergy (SNOMED CT 409137002) recorded", "a later aspirin allergy contradicts it"],
  ],
  [
    "medication-unstated-type",
    7,
    543,
    "Ms",
    ["Lorraine"],
    "Pickles",
    "female",
    "1966-01-12",
    ["current medication without a stated course type (acute or repeat)", "hospital-issued medication", "temporary-resident medication"],
  ],
  [
    "ordinary-contacts",
    9,
    654,
    "Mr",
    ["Geoffrey"],
    "Barraclough",
    "male",
    "1949-11-04",
    [
      "next of kin and emergency contact (Patient.contact)",
      "his wife as a RelatedPerson",
      "contacts that are not end-of-life data: no end-of-life dataset",
    ],
  ],
  [
    "very-restricted",
    11,
    765,
    "Ms",
    ["Alex"],
    "Sowerby",
    "female",
    "1987-02-14",
    ["very restricted patient (meta.security V)", "answered as not found, like the sensitive patient"],
  ],
  // Issue 10: at Y90020, a practice that answers as GP Connect STU3 by default; its twin below has the same record at
  // an R4 practice (Y90019).
  [
    "allergy-entered-in-error",
    19,
    57,
    "Mrs",
    ["Rosalind"],
    "Varley",
    "female",
    "1961-05-19",
    [
      "answered as GP Connect STU3 (practice Y90020)",
      "only penicillin allergy entered in error: no allergy shown, no conflict",
      "amoxicillin issued recently",
    ],
  ],
  [
    "allergy-entered-in-error-r4-twin",
    18,
    57,
    "Mrs",
    ["Rosalind"],
    "Varley-Twin",
    "female",
    "1961-05-19",
    ["the same record as VARLEY, Rosalind, answered as UK Core R4 (practice Y90019)"],
  ],
];

/** Patient.contact of the demo patients that have one (phone numbers in the Ofcom drama range). */
const CONTACTS: Partial<Record<ScenarioId, NonNullable<Demographics["contacts"]>>> = {
  "ordinary-contacts": [
    { role: "N", relationship: "Wife", given: "Margaret", family: "Barraclough", phone: "07700 900412" },
    { role: "C", relationship: "Neighbour", given: "Dennis", family: "Hirst", phone: "01632 960518" },
  ],
};

function build([id, p, offset, prefix, given, family, sex, born, demonstrates, died]: Def): Scenario {
  const practice = PRACTICES[p];
  if (!practice || offset >= practice.size) throw new Error(`scenario ${id} does not fit practice ${p}`);
  const index = practice.start + offset;
  const birthDay = dayFromIso(born);
  const deathDay = died ? dayFromIso(died) : undefined;
  // Restricted patients: the label on their Patient resource (R, or V for very restricted) is what hides them.
  const sensitive = id === "sensitive" || id === "very-restricted";
  const restriction = id === "very-restricted" ? ("V" as const) : undefined;
  const contacts = CONTACTS[id];
  return {
    id,
    index,
    prefix,
    given,
    family,
    sex,
    birthDay,
    sensitive,
    demonstrates,
    ...(deathDay !== undefined ? { deathDay } : {}),
    demographics: (i, nhsNumber, pr) => {
      const rng = new Rng(hashString(id));
      const letters = POSTCODE_UNIT_LETTERS;
      const postcode = `${rng.pick(pr.districts)} ${rng.int(10)}${letters[rng.int(letters.length)]}${letters[rng.int(letters.length)]}`;
      return {
        index: i,
        nhsNumber,
        practice: pr,
        sex,
        prefix,
        given,
        family,
        birthDay,
        sensitive,
        ...(restriction ? { restriction } : {}),
        ...(contacts ? { contacts } : {}),
        ...(deathDay !== undefined ? { deathDay } : {}),
        address: { line: [`${rng.between(1, 99)} ${rng.pick(STREET_STEMS)} ${rng.pick(STREET_KINDS)}`], town: pr.town, postcode },
        phone: `07700 900${String(rng.int(1000)).padStart(3, "0")}`,
        scenario: SCENARIO_BY_ID.get(id),
      };
    },
  };
}

export const SCENARIOS: readonly Scenario[] = DEFS.map(build);
const SCENARIO_BY_ID = new Map<ScenarioId, Scenario>(SCENARIOS.map((s) => [s.id, s]));
const SCENARIO_BY_INDEX = new Map<number, Scenario>(SCENARIOS.map((s) => [s.index, s]));

export function scenarioAtIndex(index: number): Scenario | undefined {
  return SCENARIO_BY_INDEX.get(index);
}

export function scenarioById(id: ScenarioId): Scenario {
  const s = SCENARIO_BY_ID.get(id);
  if (!s) throw new Error(`unknown scenario ${id}`);
  return s;
}
