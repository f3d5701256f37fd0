// The viewer's find-a-patient route end to end: the real route handler, a real database and the real mock MIG
// over HTTP, only the session faked. A trace with a misspelt last name and a year of birth finds the patient with
// each difference named; nothing found or too many found answers with a next step; every search is audited with
// its count only, never the names typed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { BACKENDS, backendTitle } from "../db/databases";
import { useMig } from "../mig/use-mig";
import { setUpAppDatabase } from "../support/app-database";
import { createActor, fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));

const { POST: postSearch } = await import("../../app/api/patients/search/route");
const APP = "http://localhost:3000";

function search(body: unknown) {
  return postSearch(
    new Request(`${APP}/api/patients/search`, {
      method: "POST",
      headers: { origin: APP, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
}

useMig({}, { forApp: true });
const backend = BACKENDS[0]!;

describe(`find a patient route on ${backendTitle(backend)}`, () => {
  const app = setUpAppDatabase(backend);

  beforeAll(async () => {
    const { prisma } = app();
    const organisation = await prisma.organisation.create({ data: { odsCode: "RX2", name: "Test ED", kind: "ACUTE_TRUST" } });
    fakeSession.actor = await createActor(prisma, organisation, "search.tester", "AE_DOCTOR");
  });

  it("[HZ-EVID:search-fuzzy-route] finds a patient from a misspelt last name and a year of birth, naming each difference", async () => {
    const response = await search({ mode: "demographics", family: "Arkwrite", given: "David", birthDate: "1968" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      total: number;
      patients: {
        nhsNumber: string;
        age: string;
        registeredPractice: { name: string } | null;
        match: { exact: boolean; notes: string[] };
      }[];
    };
    expect(body.total).toBeLessThanOrEqual(10);
    const david = body.patients.find((p) => p.nhsNumber === "9681174003");
    expect(david).toBeDefined();
    expect(david!.age).toMatch(/y$/);
    expect(david!.registeredPractice?.name).toBeTruthy();
    expect(david!.match).toEqual({
      exact: false,
      notes: ["Last name is ARKWRIGHT: you typed Arkwrite", expect.stringMatching(/^Only part of the date of birth was typed/)],
    });
    const audit = await app().prisma.auditEvent.findFirst({ where: { action: "PATIENT_SEARCH" }, orderBy: { seq: "desc" } });
    expect(audit?.detail).toEqual({ mode: "demographics", matches: body.total });
    expect(JSON.stringify({ ...audit, seq: null })).not.toMatch(/Arkwri/i);
  });

  it("answers nobody found with advice that is not the search just made", async () => {
    const response = await search({ mode: "demographics", family: "Zzyzzyx", given: "Quentin", birthDate: "1968-03-14" });
    expect(response.status).toBe(404);
    const { error } = (await response.json()) as { error: { code: string; action: string; detail: string } };
    expect(error.code).toBe("PATIENT_NOT_FOUND");
    expect(error.detail).toMatch(/matched by sound/);
    expect(`${error.action} ${error.detail}`).not.toMatch(/search by name.*date of birth/i);
  });

  it("answers too many with what to add", async () => {
    const response = await search({ mode: "demographics", family: "Smith", given: "John", gender: "male" });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; detail: string } };
    expect(error.code).toBe("TOO_MANY_MATCHES");
    expect(error.detail).toMatch(/^\d+ patients match these details; up to 10 can be shown\.$/);
  });

  it("refuses a name-only search before asking the gateway", async () => {
    const response = await search({ mode: "demographics", family: "Smith", given: "John" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: { birthDate: expect.stringMatching(/postcode or gender/) } } });
  });

  it("does not find the sensitive demo patient", async () => {
    const response = await search({ mode: "demographics", family: "Priestley", given: "Jordan", gender: "female" });
    const body = (await response.json()) as { patients?: { nhsNumber: string }[] };
    expect((body.patients ?? []).map((p) => p.nhsNumber)).not.toContain("9677534769");
  });
});
