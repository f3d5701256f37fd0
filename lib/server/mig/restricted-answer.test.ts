// The viewer's own check on every gateway answer: whatever the gateway does, a patient labelled restricted is
// never shown (left out of a search; a record about one answered as "not found").
import { describe, expect, it } from "vitest";
import { RESTRICTED_LABEL } from "@/lib/domain/access/restricted-patient";
import { AppError } from "@/lib/server/errors";
import { parseMigAnswer } from "./client";

const patient = (id: string, security?: unknown[]) => ({
  resourceType: "Patient",
  id,
  ...(security ? { meta: { security } } : {}),
  identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9000000009" }],
});

describe("gateway answers about restricted patients", () => {
  it("a search answer loses the restricted patient and its total says so [HZ-EVID:restricted-viewer-search]", () => {
    const answer = {
      resourceType: "Bundle",
      type: "searchset",
      total: 2,
      entry: [{ resource: patient("open") }, { resource: patient("hidden", [RESTRICTED_LABEL]) }],
    };
    const bundle = parseMigAnswer(200, JSON.stringify(answer));
    expect(bundle.total).toBe(1);
    expect(bundle.entry?.map((e) => e.resource?.id)).toEqual(["open"]);
  });

  it("a record about a restricted patient is answered as not found [HZ-EVID:restricted-viewer-record]", () => {
    const answer = { resourceType: "Bundle", type: "collection", entry: [{ resource: patient("hidden", [RESTRICTED_LABEL]) }] };
    let thrown: unknown;
    try {
      parseMigAnswer(200, JSON.stringify(answer));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe("PATIENT_NOT_FOUND");
  });

  it("must not hide: an unrestricted patient's record is given as it came", () => {
    const answer = {
      resourceType: "Bundle",
      type: "collection",
      entry: [{ resource: patient("open", [{ system: RESTRICTED_LABEL.system, code: "U", display: "unrestricted" }]) }],
    };
    expect(parseMigAnswer(200, JSON.stringify(answer))).toEqual(answer);
  });
});
