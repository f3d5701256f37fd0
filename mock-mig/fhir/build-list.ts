// One List per section: the GP Connect section code, entries, and the two banners a viewer must
// show — "nothing recorded" (emptyReason) and "items excluded" (ListWarningCode + note).

import type { List, Reference } from "fhir/r4";
import { isoDate, type Day } from "../population/days";
import { CONFIDENTIAL_NOTE, EMPTY_NOTE, EXTENSIONS, SYSTEMS } from "./systems";

export interface ListSpec {
  id: string;
  code: { system: string; code: string; display: string };
  entries: Reference[];
  withheld: boolean;
}

export function buildList(token: string, spec: ListSpec, day: Day): List {
  const notes = [];
  if (spec.withheld) notes.push({ text: CONFIDENTIAL_NOTE });
  if (spec.entries.length === 0) notes.push({ text: EMPTY_NOTE });
  return {
    resourceType: "List",
    id: `${token}-list-${spec.id}`,
    ...(spec.withheld ? { extension: [{ url: EXTENSIONS.listWarning, valueCode: "confidential-items" }] } : {}),
    status: "current",
    mode: "snapshot",
    title: spec.code.display,
    code: { coding: [spec.code], text: spec.code.display },
    subject: { reference: `Patient/pat-${token}` },
    date: isoDate(day),
    orderedBy: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/list-order", code: "event-date" }] },
    ...(notes.length ? { note: notes } : {}),
    ...(spec.entries.length
      ? { entry: spec.entries.map((item) => ({ item })) }
      : {
          emptyReason: {
            coding: [{ system: SYSTEMS.listEmptyReason, code: "no-content-recorded", display: "No Content Recorded" }],
            text: EMPTY_NOTE,
          },
        }),
  };
}

export function snomedListCode([code, display]: readonly [string, string]) {
  return { system: SYSTEMS.snomed, code, display };
}

export function localListCode(code: string, display: string) {
  return { system: SYSTEMS.recordSection, code, display };
}
