// What to try next when a search finds nobody, or too many: always a step the clinician has not just taken,
// worked out from what they typed. Pure, so the words are tested and the server and browser say the same.
import type { SearchInput } from "./search-input";

export type SearchAdvice = { detail: string; nextSteps: string[] };

const ASK_FOR_NHS_NUMBER =
  "Ask for their NHS number: it is on prescriptions, hospital letters and the NHS App. Some records are not shared, and a patient registered outside this area will not be found.";

/** Next steps when nobody matched. */
export function notFoundAdvice(input: SearchInput): SearchAdvice {
  if (input.mode === "nhs-number") {
    return {
      detail: "No patient has that NHS number, or their record is not shared.",
      nextSteps: [
        "Check the 10 digits with the patient or their documents.",
        "Search by name instead: a date of birth (the year is enough), a postcode or gender will do.",
      ],
    };
  }
  const steps: string[] = [];
  const dob = input.birthDate;
  if (dob && dob.length === 10) steps.push("Try the year of birth alone: the day and month may be recorded differently.");
  else if (dob) steps.push("Leave the date of birth out and narrow by postcode or gender instead.");
  if (input.postcode) steps.push("Leave the postcode out, or give just its first part (for example NG1): the patient may have moved.");
  else if (!dob || dob.length < 10) steps.push("Add a postcode, or just its first part, if the patient knows it.");
  steps.push("Try another first name they may be registered under (a middle name, or the full form of a short name).");
  steps.push("Try a previous last name, for example before marriage.");
  steps.push(ASK_FOR_NHS_NUMBER);
  return {
    detail: "Last names are matched by sound and by near spelling, so a small spelling mistake is not the reason.",
    nextSteps: steps,
  };
}

/** Next steps when more patients matched than can be told apart on one screen. */
export function tooManyAdvice(input: SearchInput, total: number): SearchAdvice {
  const detail = `${total} patients match these details; up to 10 can be shown.`;
  if (input.mode === "nhs-number") return { detail, nextSteps: ["Check the NHS number."] };
  const steps: string[] = [];
  const dob = input.birthDate;
  if (!dob) steps.push("Add a date of birth: the year is enough.");
  else if (dob.length < 10) steps.push("Add the month, or the full date of birth.");
  if (!input.postcode) steps.push("Add a postcode, or just its first part (for example NG1).");
  else if (input.postcode.replace(/\s/g, "").length < 5) steps.push("Give the full postcode.");
  if (!input.gender) steps.push("Choose the patient's gender.");
  steps.push("Or search by NHS number.");
  return { detail, nextSteps: steps };
}
