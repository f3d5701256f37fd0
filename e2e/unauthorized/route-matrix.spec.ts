// Issue 6: every API route × every role. Signed out → 401; wrong role → 403 FORBIDDEN; right role without an
// access episode → 403 NO_ACCESS_EPISODE; the same request after recording consent → allowed.
import type { APIRequestContext } from "@playwright/test";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import { ROLES } from "../../lib/domain/roles";
import scenarios from "../../mock-mig/scenarios.json";
import { apiAs, apiSignedOut, sameOriginHeaders } from "../support/api-session";
import { expect, noteRecordView, test } from "../support/fixtures";
import { expectOutcome, usernameFor } from "./expect-response";
import {
  ACCESS_PROBE_NHS_NUMBER,
  MATRIX_PATIENTS,
  PATIENT,
  ROUTE_TABLE,
  SEARCH_PATIENT,
  type RouteCall,
  type RouteEntry,
} from "./route-table";

const ROOT = path.resolve(__dirname, "..", "..");
const ROUTE_FILE = /^route\.(ts|tsx|js|jsx|mjs)$/;

/** Every route handler file under app/api, as repository-relative paths with forward slashes. */
function routeFilesOnDisk(): string[] {
  return readdirSync(path.join(ROOT, "app", "api"), { recursive: true, encoding: "utf8" })
    .filter((file) => ROUTE_FILE.test(path.basename(file)))
    .map((file) => ["app", "api", ...file.split(path.sep)].join("/"))
    .sort();
}

/** Table entries whose route exists; the others (routes announced but not written yet) are reported, not called. */
function presentEntries(): RouteEntry[] {
  const present = ROUTE_TABLE.filter((entry) => existsSync(path.join(ROOT, entry.file)));
  for (const entry of ROUTE_TABLE) {
    if (!present.includes(entry)) test.info().annotations.push({ type: "route not written yet", description: entry.file });
  }
  return present;
}

function describeCall(call: RouteCall): string {
  return `${call.method} ${call.path}`;
}

async function send(api: APIRequestContext, baseURL: string, call: RouteCall, patient: string) {
  const url = call.path.replace(PATIENT, patient);
  const response =
    call.method === "GET"
      ? await api.get(url, { maxRedirects: 0 })
      : await api.post(url, { data: call.body, headers: sameOriginHeaders(baseURL), maxRedirects: 0 });
  noteRecordView(response);
  return response;
}

function requireBaseURL(baseURL: string | undefined): string {
  if (!baseURL) throw new Error("baseURL is not configured");
  return baseURL;
}

test.describe("route × role matrix", () => {
  test("every API route file is in the table", () => {
    const listed = new Set(ROUTE_TABLE.map((entry) => entry.file));
    const onDisk = routeFilesOnDisk();
    expect(onDisk.length, "route files found under app/api").toBeGreaterThan(0);
    expect(
      onDisk.filter((file) => !listed.has(file)),
      "route files missing from e2e/unauthorized/route-table.ts",
    ).toEqual([]);
  });

  test("the table is well formed: public routes say why, sample patients are valid and not demo patients", () => {
    for (const entry of ROUTE_TABLE) {
      if (entry.access === "public") expect(entry.why, `${entry.file} is public`).toBeTruthy();
      if (entry.access === "signed-in") {
        for (const call of entry.calls) expect(call.signedOut.kind, `${describeCall(call)} signed out`).toBe("refused");
      }
    }
    const demo = new Set((scenarios as { nhsNumber: string }[]).map((s) => s.nhsNumber));
    for (const nhs of [...MATRIX_PATIENTS, ACCESS_PROBE_NHS_NUMBER]) {
      expect(isValidNhsNumber(nhs), `${nhs} is a valid NHS number`).toBe(true);
      expect(demo.has(nhs), `${nhs} is not a demo patient other specs use`).toBe(false);
    }
    expect(demo.has(SEARCH_PATIENT)).toBe(true);
  });

  test("signed out: only the public routes answer", async ({ baseURL }) => {
    const base = requireBaseURL(baseURL);
    const api = await apiSignedOut(base);
    try {
      for (const entry of presentEntries()) {
        for (const call of entry.calls) {
          await expectOutcome(await send(api, base, call, MATRIX_PATIENTS[0]), call.signedOut, `signed out ${describeCall(call)}`);
        }
      }
    } finally {
      await api.dispose();
    }
  });

  for (const role of ROLES) {
    const username = usernameFor(role);
    test(`${role} (${username})`, async ({ baseURL }, testInfo) => {
      const base = requireBaseURL(baseURL);
      const patient = MATRIX_PATIENTS[Math.min(testInfo.retry, MATRIX_PATIENTS.length - 1)] ?? MATRIX_PATIENTS[0];
      const api = await apiAs(base, username);
      try {
        const calls = presentEntries().flatMap((entry) => entry.calls);
        await test.step("without an access episode", async () => {
          for (const call of calls) {
            await expectOutcome(await send(api, base, call, patient), call.roles[role], `${role} ${describeCall(call)}`);
          }
        });
        const gated = calls.filter((call) => call.roles[role].kind === "episode-gated");
        if (gated.length === 0) return;
        await test.step("after recording the patient's consent", async () => {
          const consent = await api.post(`/api/patients/${patient}/access`, {
            data: { decision: "CONSENT_GIVEN" },
            headers: sameOriginHeaders(base),
          });
          expect(consent.status(), `${role} records consent`).toBe(201);
          for (const call of gated) {
            const outcome = call.roles[role];
            if (outcome.kind !== "episode-gated") continue;
            const response = await send(api, base, call, patient);
            expect(response.status(), `${role} ${describeCall(call)} with consent`).toBe(outcome.status);
          }
        });
      } finally {
        await api.dispose();
      }
    });
  }
});
