// The mock MIG's central summary and the practice's contact details over HTTP: the summary stays available when
// the practice is offline, says when it was last updated and what it is, follows the record's role and consent
// rules; the practice Organization carries its phone number and, when known, its out-of-hours arrangements.
import type { AllergyIntolerance, Bundle, List, Organization, OperationOutcome } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { demoNhsNumber } from "../../mock-mig";
import { get, post, recordParameters, RECORD, token } from "./helpers";
import { useMig } from "./use-mig";

const mig = useMig();
const OFFLINE = demoNhsNumber("offline-practice");
const SUMMARY = "/Patient/$central-summary";
const PARAMS = (nhs: string) => recordParameters(nhs, []);

const resources = <T>(b: Bundle, type: string) => (b.entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === type) as T[];

describe("central summary", () => {
  it("[HZ-EVID:central-summary-offline] answers for a patient whose practice is offline, dated and tagged as a central summary", async () => {
    const bearer = await token();
    expect((await post(mig(), RECORD, recordParameters(OFFLINE), bearer)).status).toBe(503);
    const res = await post(mig(), SUMMARY, PARAMS(OFFLINE), bearer);
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.text) as Bundle;
    expect(bundle.meta?.tag?.[0]).toMatchObject({ code: "central-summary" });
    expect(bundle.meta?.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const lists = resources<List>(bundle, "List").map((l) => l.code?.coding?.[0]?.code);
    expect(lists.sort()).toEqual(["886921000000105", "933361000000108"]);
    expect(resources(bundle, "MedicationRequest").every((r) => (r as { intent?: string }).intent === "plan")).toBe(true);
  });

  it("gives a social care worker allergies only, and refuses a trace-only token and a role without clinical access", async () => {
    const social = JSON.parse(
      (await post(mig(), SUMMARY, PARAMS(demoNhsNumber("allergy-conflict")), await token({ role: "SOCIAL_CARE" }))).text,
    ) as Bundle;
    expect(resources<List>(social, "List").map((l) => l.code?.coding?.[0]?.code)).toEqual(["886921000000105"]);
    expect(resources<AllergyIntolerance>(social, "AllergyIntolerance").length).toBeGreaterThan(0);
    const traceOnly = await post(mig(), SUMMARY, PARAMS(OFFLINE), await token({ consent: "trace-only" }));
    expect(traceOnly.status).toBe(403);
    expect((await post(mig(), SUMMARY, PARAMS(OFFLINE), await token({ role: "ADMINISTRATOR" }))).status).toBe(403);
  });

  it("takes the NHS number only, and answers not found for a sensitive patient", async () => {
    const bearer = await token();
    const extra = await post(mig(), SUMMARY, recordParameters(OFFLINE), bearer);
    expect(extra.status).toBe(422);
    expect((JSON.parse(extra.text) as OperationOutcome).issue[0]?.details?.coding?.[0]?.code).toBe("INVALID_PARAMETER");
    expect((await post(mig(), SUMMARY, PARAMS(demoNhsNumber("sensitive")), bearer)).status).toBe(404);
  });
});

describe("practice contact details", () => {
  it("includes the practice with its phone number and out-of-hours arrangements when asked", async () => {
    const res = await get(
      mig(),
      `/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${OFFLINE}&_include=Patient:general-practitioner`,
      await token({ consent: "trace-only" }),
    );
    const bundle = JSON.parse(res.text) as Bundle;
    expect(bundle.total).toBe(1);
    const [practice] = resources<Organization>(bundle, "Organization");
    expect(bundle.entry?.find((e) => e.resource?.resourceType === "Organization")?.search?.mode).toBe("include");
    expect(practice?.identifier?.[0]?.value).toBe("Y90143");
    expect(practice?.telecom?.[0]).toMatchObject({ system: "phone", value: expect.stringMatching(/^01632 960\d{3}$/) });
    expect(practice?.extension?.[0]?.valueString).toMatch(/NHS 111/);
  });

  it("refuses any other _include", async () => {
    const res = await get(mig(), `/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${OFFLINE}&_include=Patient:link`, await token());
    expect(res.status).toBe(422);
  });
});
