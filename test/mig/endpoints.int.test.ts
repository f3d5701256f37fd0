import type { Bundle, Patient } from "fhir/r4";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultVersion } from "../../mock-mig/fhir/stu3/answer-version";
import { practiceOfIndex } from "../../mock-mig/population/practices";
import { demoNhsNumber, SCENARIOS } from "../../mock-mig";
import { ALL_PARAMETERS, get, post, RECORD, recordParameters, schemaErrors, token } from "./helpers";
import { useMig } from "./use-mig";

const mig = useMig();
let bearer: string;
beforeAll(async () => {
  bearer = await token();
});

describe("mock MIG endpoints", () => {
  it("GET /metadata answers a valid CapabilityStatement without a token", async () => {
    const res = await get(mig(), "/metadata");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/application\/fhir\+json/);
    const body: unknown = JSON.parse(res.text);
    expect(body).toMatchObject({ resourceType: "CapabilityStatement", fhirVersion: "4.0.1" });
    expect(schemaErrors(body)).toEqual([]);
  });

  it("the schema validator does catch invalid resources", () => {
    expect(schemaErrors({ resourceType: "Patient", gender: "nonsense" }).length).toBeGreaterThan(0);
    expect(
      schemaErrors({
        resourceType: "Bundle",
        type: "collection",
        entry: [{ resource: { resourceType: "List", status: "bogus", mode: "snapshot" } }],
      }).length,
    ).toBeGreaterThan(0);
  });

  it("finds a patient by NHS number", async () => {
    const nhs = demoNhsNumber("ordinary");
    const res = await get(mig(), `/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${nhs}`, bearer);
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.text) as Bundle;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 1 });
    expect((bundle.entry?.[0]?.resource as Patient).name?.[0]?.family).toBe("Arkwright");
    expect(schemaErrors(bundle)).toEqual([]);
  });

  it("answers an empty searchset for an unknown, sensitive (restricted) or very restricted patient", async () => {
    for (const nhs of ["9000000009", demoNhsNumber("sensitive"), demoNhsNumber("very-restricted")]) {
      const res = await get(mig(), `/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${nhs}`, bearer);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toMatchObject({ type: "searchset", total: 0 });
    }
  });

  it("traces by family name, given name and date of birth, with and without postcode", async () => {
    const res = await get(mig(), "/Patient?family=arkwright&given=DAVID&birthdate=1968-03-14", bearer);
    const bundle = JSON.parse(res.text) as Bundle;
    expect(res.status).toBe(200);
    expect(bundle.entry?.map((e) => (e.resource as Patient).identifier?.[0]?.value)).toContain(demoNhsNumber("ordinary"));
    expect(schemaErrors(bundle)).toEqual([]);
    const postcode = (bundle.entry?.[0]?.resource as Patient).address?.[0]?.postalCode ?? "";
    const withPostcode = JSON.parse(
      (
        await get(
          mig(),
          `/Patient?family=Arkwright&given=David&birthdate=1968-03-14&address-postalcode=${encodeURIComponent(postcode.toLowerCase())}`,
          bearer,
        )
      ).text,
    ) as Bundle;
    expect(withPostcode.total).toBe(1);
    const wrongPostcode = JSON.parse(
      (await get(mig(), "/Patient?family=Arkwright&given=David&birthdate=1968-03-14&address-postalcode=ZZ99%209ZZ", bearer)).text,
    ) as Bundle;
    expect(wrongPostcode.total).toBe(0);
  });

  it.each(SCENARIOS.filter((s) => !s.sensitive && s.id !== "offline-practice").map((s) => s.id))(
    "returns a valid structured record Bundle for demo patient %s",
    async (id) => {
      const res = await post(mig(), RECORD, recordParameters(demoNhsNumber(id)), bearer);
      expect(res.status).toBe(200);
      const bundle = JSON.parse(res.text) as Bundle;
      expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
      // One demo patient's practice fails to return its end-of-life List, on purpose (a partial failure).
      expect(bundle.entry?.filter((e) => e.resource?.resourceType === "List")).toHaveLength(id === "end-of-life-unavailable" ? 10 : 11);
      // Practices whose ODS code ends in 0 answer as GP Connect STU3 by default (docs/real-records.md): not R4.
      const scenario = SCENARIOS.find((s) => s.id === id)!;
      const stu3 = defaultVersion(practiceOfIndex(scenario.index).odsCode) === "STU3";
      expect(res.type?.includes("fhirVersion=3.0")).toBe(stu3);
      if (!stu3) expect(schemaErrors(bundle)).toEqual([]);
    },
  );

  it("honours section selection and filters", async () => {
    const nhs = demoNhsNumber("interactions");
    const res = await post(
      mig(),
      RECORD,
      recordParameters(nhs, [
        {
          name: "includeMedication",
          part: [
            { name: "includePrescriptionIssues", valueBoolean: false },
            { name: "medicationSearchFromDate", valueDate: "2026-06-01" },
          ],
        },
        { name: "includeConsultations", part: [{ name: "includeNumberOfMostRecent", valuePositiveInt: 2 }] },
      ]),
      bearer,
    );
    const bundle = JSON.parse(res.text) as Bundle;
    const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
    expect(types.has("AllergyIntolerance")).toBe(false);
    expect(
      bundle.entry?.some((e) => e.resource?.resourceType === "MedicationRequest" && (e.resource as { intent?: string }).intent === "order"),
    ).toBe(false);
    expect(bundle.entry?.filter((e) => e.resource?.resourceType === "Encounter").length).toBeLessThanOrEqual(2);
    expect(bundle.entry?.filter((e) => e.resource?.resourceType === "List")).toHaveLength(2);
    expect(schemaErrors(bundle)).toEqual([]);
  });

  it("gives a social care worker only the permitted sections, with a warning", async () => {
    const res = await post(
      mig(),
      RECORD,
      recordParameters(demoNhsNumber("frail-end-of-life"), ALL_PARAMETERS),
      await token({ role: "SOCIAL_CARE" }),
    );
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.text) as Bundle;
    const lists = bundle.entry?.filter((e) => e.resource?.resourceType === "List").map((e) => (e.resource as { title?: string }).title);
    expect(lists).toEqual(
      expect.arrayContaining(["End of life and supportive care", "Risks and warnings", "Allergies and adverse reactions"]),
    );
    expect(lists).not.toContain("Problems");
    expect(bundle.entry?.some((e) => e.resource?.resourceType === "OperationOutcome")).toBe(true);
    expect(schemaErrors(bundle)).toEqual([]);
  });

  it("accepts emergency override consent", async () => {
    const res = await post(mig(), RECORD, recordParameters(demoNhsNumber("ordinary")), await token({ consent: "emergency-override" }));
    expect(res.status).toBe(200);
  });
});
