// Restricted patients (Patient.meta.security v3 Confidentiality R or V, as PDS marks them) are treated like the
// sensitive demo patient everywhere a clinician could reach them: search by NHS number, trace, the access decision
// (banner and record open from it) and the record itself, whether the label came from the mock's own generator
// or from an imported file. An unrestricted (U) patient imported the same way is found and opened.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CONFIDENTIALITY_SYSTEM_R4, CONFIDENTIALITY_SYSTEM_STU3 } from "../../lib/domain/access/restricted-patient";
import { importFile } from "../../mock-mig/import/run-import";
import { demoNhsNumber } from "../../mock-mig";
import { BACKENDS } from "../db/databases";
import { useMig } from "../mig/use-mig";
import { setUpAppDatabase } from "../support/app-database";
import { createActor, fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));

const { POST: postSearch } = await import("../../app/api/patients/search/route");
const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");
const { GET: getSection } = await import("../../app/api/patients/[nhsNumber]/sections/[section]/route");

const APP = "http://localhost:3000";
const RESTRICTED = "9732000007"; // imported, labelled R (R4 system)
const VERY_RESTRICTED_STU3 = "9732000015"; // imported, labelled V in the STU3 system
const UNRESTRICTED = "9732000023"; // imported, labelled U: must not be hidden
const SENSITIVE_DEMO = demoNhsNumber("sensitive"); // labelled by the mock's own generator

function patientFile(nhsNumber: string, family: string, label: { system: string; code: string }): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "restricted-source-")), `${family}.json`);
  const bundle = {
    resourceType: "Bundle",
    type: "collection",
    entry: [
      {
        resource: {
          resourceType: "Patient",
          id: `pat-${family.toLowerCase()}`,
          meta: { security: [label] },
          identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: nhsNumber }],
          name: [{ use: "official", family, given: ["Robin"] }],
          gender: "other",
          birthDate: "1984-04-04",
          address: [{ use: "home", postalCode: "LS1 4AP" }],
        },
      },
      {
        resource: {
          resourceType: "Condition",
          id: `problem-${family.toLowerCase()}`,
          subject: { reference: `Patient/pat-${family.toLowerCase()}` },
          code: { text: "Asthma" },
        },
      },
    ],
  };
  writeFileSync(file, JSON.stringify(bundle));
  return file;
}

const importDir = mkdtempSync(path.join(os.tmpdir(), "restricted-imports-"));
for (const [nhs, family, label] of [
  [RESTRICTED, "Hiddenfield", { system: CONFIDENTIALITY_SYSTEM_R4, code: "R" }],
  [VERY_RESTRICTED_STU3, "Veryhidden", { system: CONFIDENTIALITY_SYSTEM_STU3, code: "V" }],
  [UNRESTRICTED, "Openshaw", { system: CONFIDENTIALITY_SYSTEM_R4, code: "U" }],
] as const) {
  const report = importFile(patientFile(nhs, family, label), importDir, { fhirVersion: "R4" });
  if (report.imported.length !== 1) throw new Error(`could not import ${family}: ${JSON.stringify(report.problems)}`);
}

useMig({ MIG_IMPORT_DIR: importDir }, { forApp: true });

const jsonPost = (url: string, body: unknown) =>
  new Request(`${APP}${url}`, { method: "POST", headers: { origin: APP, "content-type": "application/json" }, body: JSON.stringify(body) });
const byNumber = (nhsNumber: string) =>
  postSearch(jsonPost("/api/patients/search", { mode: "nhs-number", nhsNumber }), { params: Promise.resolve({}) });
const byTrace = (family: string) =>
  postSearch(jsonPost("/api/patients/search", { mode: "demographics", family, given: "Robin", birthDate: "1984-04-04" }), {
    params: Promise.resolve({}),
  });
const consent = (nhsNumber: string) =>
  postAccess(jsonPost(`/api/patients/${nhsNumber}/access`, { decision: "CONSENT_GIVEN" }), { params: Promise.resolve({ nhsNumber }) });
const problems = (nhsNumber: string) =>
  getSection(new Request(`${APP}/api/patients/${nhsNumber}/sections/problems`), {
    params: Promise.resolve({ nhsNumber, section: "problems" }),
  });

describe("restricted patients through the viewer's routes", () => {
  const app = setUpAppDatabase(BACKENDS[0]!);

  beforeAll(async () => {
    const organisation = await app().prisma.organisation.create({
      data: { odsCode: "RR1", name: "Restricted Test Department", kind: "ACUTE_TRUST" },
    });
    fakeSession.actor = await createActor(app().prisma, organisation, "restricted.tester", "AE_DOCTOR");
  });

  it("must hide: a restricted or very restricted patient, imported or generated, is not found by NHS number, trace, access decision or record [HZ-EVID:restricted-not-found-everywhere]", async () => {
    for (const [nhs, family] of [
      [RESTRICTED, "Hiddenfield"],
      [VERY_RESTRICTED_STU3, "Veryhidden"],
    ] as const) {
      const search = await byNumber(nhs);
      expect([nhs, search.status]).toEqual([nhs, 404]);
      expect(await search.json()).toMatchObject({ error: { code: "PATIENT_NOT_FOUND" } });
      expect([family, (await byTrace(family)).status]).toEqual([family, 404]);
      // No access episode is opened for a patient the gateway does not know, so the banner and record cannot open.
      expect([nhs, (await consent(nhs)).status]).toEqual([nhs, 404]);
      expect([nhs, (await problems(nhs)).status]).toEqual([nhs, 403]);
    }
    expect((await byNumber(SENSITIVE_DEMO)).status).toBe(404);
    expect((await consent(SENSITIVE_DEMO)).status).toBe(404);
  });

  it("must not hide: an imported patient labelled unrestricted (U) is found by NHS number and trace and opens [HZ-EVID:restricted-unlabelled-found]", async () => {
    const search = await byNumber(UNRESTRICTED);
    expect(search.status).toBe(200);
    expect(await search.json()).toMatchObject({ total: 1 });
    expect((await byTrace("Openshaw")).status).toBe(200);
    expect((await consent(UNRESTRICTED)).status).toBe(201);
    const record = await problems(UNRESTRICTED);
    expect(record.status).toBe(200);
    expect(await record.json()).toMatchObject({ record: { sections: { problems: { active: [{ name: "Asthma" }] } } } });
  });
});
