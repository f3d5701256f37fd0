// Reading the MIG's end-of-life Observations: items named by a local code (contract: CODE_SYSTEM.endOfLifeItem),
// details as components named by code or text.
import type { Coding, Observation, ObservationComponent } from "fhir/r4";
import { arr, str } from "../fhir/fhir-values";
import { CODE_SYSTEM } from "../fhir/systems";

export const itemCode = (o: Observation) => arr<Coding>(o.code?.coding).find((c) => c?.system === CODE_SYSTEM.endOfLifeItem)?.code ?? null;

export const componentValues = (o: Observation | undefined, code: string): ObservationComponent[] =>
  arr<ObservationComponent>(o?.component).filter(
    (c) => arr<Coding>(c?.code?.coding).some((x) => x?.code === code) || c?.code?.text === code,
  );

export const componentText = (o: Observation | undefined, code: string): string | null => str(componentValues(o, code)[0]?.valueString);

export const componentTexts = (o: Observation | undefined, code: string): string[] =>
  componentValues(o, code).flatMap((c) => str(c.valueString) ?? []);
