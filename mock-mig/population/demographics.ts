// Demographics of one patient, derived from (seed, index) alone. The trace key (family name and
// date of birth) comes from its own cheap stream so the start-up trace index can compute it for
// 1.1M patients without building the rest.

import { ageInYears, type Day, YEAR } from "./days";
import { eraOf, FEMALE_FORENAMES, MALE_FORENAMES, SURNAMES } from "./name-tables";
import { indexOfNhsNumber, nhsNumberOfIndex } from "./nhs-index";
import { POSTCODE_UNIT_LETTERS, STREET_KINDS, STREET_STEMS } from "./places";
import { practiceOfIndex, type Practice } from "./practices";
import { rngFor, WeightedTable, type Rng } from "./prng";
import { scenarioAtIndex, type Scenario } from "./scenarios";

export type Sex = "male" | "female";

export interface Demographics {
  index: number;
  nhsNumber: string;
  practice: Practice;
  sex: Sex;
  prefix?: string;
  given: string[];
  family: string;
  birthDay: Day;
  deathDay?: Day;
  sensitive: boolean;
  /** With `sensitive`: the confidentiality code on the Patient, R (restricted, the default) or V (very restricted). */
  restriction?: "R" | "V";
  /** Patient.contact: next of kin (v2-0131 N) or emergency contact (C); ordinary contacts, not end-of-life data. */
  contacts?: { role: "N" | "C"; relationship: string; given: string; family: string; phone: string }[];
  address: { line: string[]; town: string; postcode: string };
  phone: string;
  scenario?: Scenario;
}

export interface PopulationContext {
  seed: number;
  referenceDay: Day;
}

const SURNAME_TABLE = new WeightedTable(SURNAMES);
const PURPOSE_CORE = 1;
const PURPOSE_DETAIL = 2;
const PURPOSE_STATUS = 3;

export interface Core {
  sex: Sex;
  birthDay: Day;
  family: string;
}

function coreOf(ctx: PopulationContext, index: number, practice: Practice): Core {
  const rng = rngFor(ctx.seed, index, PURPOSE_CORE);
  const lowerAge = practice.ageBands.pick(rng);
  const ageDays = lowerAge * YEAR + rng.int(5 * YEAR);
  const older = lowerAge >= 80;
  const sex: Sex = rng.chance(older ? 0.6 : 0.505) ? "female" : "male";
  let family = SURNAME_TABLE.pick(rng);
  if (rng.chance(0.03)) family = `${family}-${SURNAME_TABLE.pick(rng)}`;
  return { sex, birthDay: ctx.referenceDay - ageDays - rng.int(2), family };
}

/** What the trace index keeps of every patient (family name, birth date, sex), from the cheap core stream. */
export function traceCoreOfIndex(ctx: PopulationContext, index: number): Core {
  const scenario = scenarioAtIndex(index);
  if (scenario) return { sex: scenario.sex, birthDay: scenario.birthDay, family: scenario.family };
  return coreOf(ctx, index, practiceOfIndex(index));
}

/** Given names are the first draws of the detail stream, so a trace can check them without the rest. */
function givenNamesFrom(rng: Rng, core: Core): string[] {
  const names = (core.sex === "female" ? FEMALE_FORENAMES : MALE_FORENAMES)[eraOf(1970 + Math.floor(core.birthDay / 365.25))];
  const given = [rng.pick(names)];
  if (rng.chance(0.4)) given.push(rng.pick(names));
  return given[0] === given[1] ? [given[0] ?? "Sam"] : given;
}

/** A patient's given names, as demographicsOf gives them, at a fraction of its cost. */
export function givenNamesOfIndex(ctx: PopulationContext, index: number, core: Core): readonly string[] {
  const scenario = scenarioAtIndex(index);
  if (scenario) return scenario.given;
  return givenNamesFrom(rngFor(ctx.seed, index, PURPOSE_DETAIL), core);
}

function postcodeIn(practice: Practice, rng: Rng): string {
  const letters = POSTCODE_UNIT_LETTERS;
  return `${rng.pick(practice.districts)} ${rng.int(10)}${letters[rng.int(letters.length)]}${letters[rng.int(letters.length)]}`;
}

function addressOf(practice: Practice, rng: Rng) {
  const street = `${rng.pick(STREET_STEMS)} ${rng.pick(STREET_KINDS)}`;
  const number = rng.between(1, 180);
  const line = rng.chance(0.12) ? [`Flat ${rng.between(1, 24)}`, `${number} ${street}`] : [`${number} ${street}`];
  return { line, town: practice.town, postcode: postcodeIn(practice, rng) };
}

function titleOf(sex: Sex, age: number, rng: Rng): string | undefined {
  if (age < 16) return undefined;
  if (rng.chance(0.01)) return "Dr";
  if (sex === "male") return "Mr";
  return age > 30
    ? rng.weighted([
        ["Mrs", 6],
        ["Ms", 3],
        ["Miss", 1],
      ])
    : rng.weighted([
        ["Miss", 5],
        ["Ms", 4],
        ["Mrs", 2],
      ]);
}

export function demographicsOf(ctx: PopulationContext, index: number): Demographics {
  const practice = practiceOfIndex(index);
  const nhsNumber = nhsNumberOfIndex(index);
  const scenario = scenarioAtIndex(index);
  if (scenario) return scenario.demographics(index, nhsNumber, practice);
  const core = coreOf(ctx, index, practice);
  const rng = rngFor(ctx.seed, index, PURPOSE_DETAIL);
  const age = ageInYears(core.birthDay, ctx.referenceDay);
  const given = givenNamesFrom(rng, core);
  const status = rngFor(ctx.seed, index, PURPOSE_STATUS);
  const deathChance = age >= 90 ? 0.05 : age >= 80 ? 0.015 : age >= 65 ? 0.004 : 0.0005;
  const died = status.chance(deathChance);
  const prefix = titleOf(core.sex, age, rng);
  return {
    index,
    nhsNumber,
    practice,
    sex: core.sex,
    ...(prefix ? { prefix } : {}),
    given,
    family: core.family,
    birthDay: core.birthDay,
    ...(died ? { deathDay: Math.max(core.birthDay + 1, ctx.referenceDay - status.between(1, 400)) } : {}),
    sensitive: status.chance(0.0005),
    address: addressOf(practice, rng),
    phone: rng.chance(0.7) ? `07700 900${String(rng.int(1000)).padStart(3, "0")}` : `01632 960${String(rng.int(1000)).padStart(3, "0")}`,
  };
}

export function demographicsByNhsNumber(ctx: PopulationContext, nhsNumber: string): Demographics | null {
  const index = indexOfNhsNumber(nhsNumber);
  return index === null ? null : demographicsOf(ctx, index);
}
