// The record page and the API route are two doors onto the same record section. The same matrix of requests goes
// through both — every section, every date mode, impossible and future dates, unknown sections, the wrong role —
// and each request must end the same way (status and error code, or the same section shown) and leave the same
// audit events. Real database (PGlite), the real mock MIG over HTTP, only the session faked.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ReactElement } from "react";
import type { Actor } from "../../lib/domain/auth/actor";
import { ERROR_INFO, type AppErrorCode } from "../../lib/domain/errors";
import { addDays, format } from "date-fns";
import { BACKENDS } from "../db/databases";
import { useMig } from "../mig/use-mig";
import { setUpAppDatabase } from "../support/app-database";
import { createActor, fakeSession } from "../support/fake-session";

vi.mock("@/lib/server/auth/session", () => import("../support/fake-session"));
// The record layout learns which section page it wraps from proxy.ts's request header; here, from the request made.
const proxied = vi.hoisted(() => ({ section: "" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-record-section": proxied.section }) }));
// forbidden() is an experimental Next.js API, switched on in next.config.js (experimental.authInterrupts).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const { GET } = await import("../../app/api/patients/[nhsNumber]/sections/[section]/route");
const { POST: postAccess } = await import("../../app/api/patients/[nhsNumber]/access/route");
const { default: SectionPage } = await import("../../app/(app)/patients/[nhsNumber]/[section]/page");
const { default: RecordLayout } = await import("../../app/(app)/patients/[nhsNumber]/layout");

const APP = "http://localhost:3000";
const PATIENT = "9681174003"; // the ordinary demo patient
const NO_EPISODE = "9663944528"; // nobody records a reason for this one here
const TODAY = format(new Date(), "yyyy-MM-dd");
const TOMORROW = format(addDays(new Date(), 1), "yyyy-MM-dd");

// The date modes, written out here rather than read from the registry, so the test can disagree with it.
const MODE: Record<string, "none" | "from-only" | "range"> = {
  summary: "none",
  medications: "from-only",
  problems: "none",
  allergies: "none",
  "end-of-life": "none",
  "risks-and-warnings": "none",
  encounters: "range",
  observations: "range",
  investigations: "range",
  immunisations: "range",
  referrals: "range",
  administrative: "none",
};
const SECTIONS = [...Object.keys(MODE), "no-such-section"];

type Query = { name: string; query: string; expect: (section: string) => number };
const okIf = (allowed: (mode: string) => boolean) => (section: string) => (!(section in MODE) ? 404 : allowed(MODE[section]!) ? 200 : 400);
const QUERIES: Query[] = [
  { name: "no query", query: "", expect: okIf(() => true) },
  { name: "from", query: "?from=2024-01-01", expect: okIf((m) => m !== "none") },
  { name: "from and to", query: "?from=2024-01-01&to=2025-06-30", expect: okIf((m) => m === "range") },
  { name: "to today", query: `?to=${TODAY}`, expect: okIf((m) => m === "range") },
  { name: "future from", query: `?from=${TOMORROW}`, expect: okIf(() => false) },
  { name: "future to", query: `?to=${TOMORROW}`, expect: okIf(() => false) },
  { name: "impossible date", query: "?from=2025-02-30", expect: okIf(() => false) },
  { name: "from after to", query: "?from=2025-06-30&to=2024-01-01", expect: okIf(() => false) },
  { name: "two from dates", query: "?from=2024-01-01&from=2024-02-01", expect: okIf(() => false) },
  { name: "issues=all", query: "?issues=all", expect: (s) => (!(s in MODE) ? 404 : s === "medications" ? 200 : 400) },
  { name: "issues=some", query: "?issues=some", expect: okIf(() => false) },
];

type Outcome = { status: number; code: AppErrorCode | null; section?: string; fields?: Record<string, string>; auditEventId?: string };

async function viaApi(nhsNumber: string, section: string, query: string): Promise<Outcome> {
  const response = await GET(new Request(`${APP}/api/patients/${nhsNumber}/sections/${encodeURIComponent(section)}${query}`), {
    params: Promise.resolve({ nhsNumber, section }),
  });
  const body = (await response.json()) as {
    section?: string;
    auditEventId?: string;
    error?: { code: AppErrorCode; fields?: Record<string, string> };
  };
  if (response.ok) return { status: response.status, code: null, section: body.section, auditEventId: body.auditEventId };
  return { status: response.status, code: body.error?.code ?? null, fields: body.error?.fields ?? {} };
}

type Element = ReactElement<Record<string, unknown>>;
/** The first element in a rendered tree (without running components) whose props pass the test. */
function find(node: unknown, test: (props: Record<string, unknown>) => boolean): Record<string, unknown> | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = find(child, test);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== "object" || !("props" in node)) return null;
  const props = (node as Element).props;
  return test(props) ? props : find(props.children, test);
}

async function viaPage(nhsNumber: string, section: string, query: string): Promise<Outcome> {
  const search = new URLSearchParams(query);
  const searchParams = Object.fromEntries(
    [...new Set(search.keys())].map((k) => [k, search.getAll(k).length > 1 ? search.getAll(k) : search.get(k)!]),
  );
  const params = Promise.resolve({ nhsNumber, section });
  try {
    // The record layout wraps every section page: it shows an invalid NHS number, and refuses a role without the record.
    proxied.section = section;
    const layout = await RecordLayout({ params: Promise.resolve({ nhsNumber }), children: null });
    const layoutError = find(layout, (p) => typeof (p.error as { code?: unknown } | undefined)?.code === "string");
    if (layoutError) {
      const code = (layoutError.error as { code: AppErrorCode }).code;
      return { status: ERROR_INFO[code].status, code, fields: {} };
    }
    const page = await SectionPage({ params, searchParams: Promise.resolve(searchParams) });
    if (page === null) return { status: 0, code: null };
    const props = (page as Element).props;
    if ("refusal" in props) {
      const refusal = props.refusal as { code: AppErrorCode; fields: Record<string, string> };
      return { status: ERROR_INFO[refusal.code].status, code: refusal.code, fields: refusal.fields };
    }
    const initial = props.initial as
      { kind: "data"; data: { section: string; auditEventId: string } } | { kind: "error"; error: { code: AppErrorCode } };
    if (initial.kind === "data") return { status: 200, code: null, section: initial.data.section, auditEventId: initial.data.auditEventId };
    return { status: ERROR_INFO[initial.error.code].status, code: initial.error.code, fields: {} };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.endsWith(";404")) return { status: 404, code: "SECTION_NOT_FOUND", fields: {} };
    if (digest.endsWith(";403")) return { status: 403, code: "FORBIDDEN", fields: {} };
    throw error;
  }
}

useMig({}, { forApp: true });

const backend = BACKENDS[0]!; // PGlite: the doors' parity does not depend on the database server

describe("the record page and the API route answer every request alike", () => {
  const app = setUpAppDatabase(backend);
  const actors = {} as Record<"doctor" | "socialWorker" | "privacyOfficer", Actor>;

  beforeAll(async () => {
    const { prisma } = app();
    const organisation = await prisma.organisation.create({ data: { odsCode: "RX2", name: "Test Department", kind: "ACUTE_TRUST" } });
    const make = (username: string, role: Actor["role"]) => createActor(prisma, organisation, username, role);
    actors.doctor = await make("doors.doctor", "AE_DOCTOR");
    actors.socialWorker = await make("doors.social", "SOCIAL_CARE");
    actors.privacyOfficer = await make("doors.privacy", "PRIVACY_OFFICER");
    for (const actor of [actors.doctor, actors.socialWorker]) {
      fakeSession.actor = actor;
      const consent = await postAccess(
        new Request(`${APP}/api/patients/${PATIENT}/access`, {
          method: "POST",
          headers: { origin: APP, "content-type": "application/json" },
          body: JSON.stringify({ decision: "CONSENT_GIVEN" }),
        }),
        { params: Promise.resolve({ nhsNumber: PATIENT }) },
      );
      expect(consent.status).toBe(201);
    }
  });

  /** The audit events one door wrote: what happened, to whom, and why — not which door, nor when. */
  async function through(door: (n: string, s: string, q: string) => Promise<Outcome>, nhsNumber: string, section: string, query: string) {
    const { prisma } = app();
    const last = await prisma.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
    const outcome = await door(nhsNumber, section, query);
    const events = await prisma.auditEvent.findMany({ where: { seq: { gt: last?.seq ?? 0n } }, orderBy: { seq: "asc" } });
    // The record layout looks the patient up for the banner and fetches the care-wishes line (each audited on its
    // own): the layout's work, not part of the section request.
    const layoutWork = (e: (typeof events)[number]) => {
      const detail = e.detail as { mode?: string; view?: string };
      return (e.action === "PATIENT_SEARCH" && detail.mode === "banner") || detail.view === "care-wishes-banner";
    };
    const sectionEvents = events.filter((e) => !layoutWork(e));
    const audit = sectionEvents.map((e) => {
      const { via: _via, route: _route, page: _page, ...detail } = e.detail as Record<string, unknown>;
      return { action: e.action, outcome: e.outcome, username: e.username, patient: e.patientNhsNumber, detail };
    });
    const viewIds = sectionEvents.filter((e) => e.action === "RECORD_VIEW" && e.outcome === "SUCCESS").map((e) => e.id);
    const bannerViews = events.filter((e) => (e.detail as { view?: string }).view === "care-wishes-banner").length;
    return { outcome, audit, viewIds, bannerViews };
  }

  async function bothDoors(nhsNumber: string, section: string, query: string) {
    const page = await through(viaPage, nhsNumber, section, query);
    const api = await through(viaApi, nhsNumber, section, query);
    const { auditEventId: pageView, ...pageOutcome } = page.outcome;
    const { auditEventId: apiView, ...apiOutcome } = api.outcome;
    expect(pageOutcome, "same outcome").toEqual(apiOutcome);
    expect(page.audit, "same audit events").toEqual(api.audit);
    // A view shown is the view audited, at each door.
    expect(page.viewIds).toEqual(pageView ? [pageView] : []);
    expect(api.viewIds).toEqual(apiView ? [apiView] : []);
    // The layout's care-wishes fetch is a view too: never for a page that answers 404 or 403 instead of rendering.
    if (page.outcome.status === 404 || page.outcome.status === 403)
      expect(page.bannerViews, "care-wishes fetches for a refused page").toBe(0);
    return { outcome: apiOutcome, audit: api.audit };
  }

  for (const q of QUERIES) {
    it(`${q.name}: every section, through the page and through the API`, async () => {
      fakeSession.actor = actors.doctor;
      for (const section of SECTIONS) {
        const { outcome, audit } = await bothDoors(PATIENT, section, q.query);
        expect(outcome.status, `${section}${q.query}`).toBe(q.expect(section));
        if (outcome.status === 200) {
          expect(outcome.section).toBe(section);
          expect(audit).toEqual([
            expect.objectContaining({
              action: "RECORD_VIEW",
              outcome: "SUCCESS",
              patient: PATIENT,
              detail: expect.objectContaining({ section }),
            }),
          ]);
        } else {
          // A request refused as invalid sends nothing to the gateway and records no view.
          expect(audit).toEqual([]);
          expect(outcome.code).toBe(outcome.status === 404 ? "SECTION_NOT_FOUND" : "INVALID_INPUT");
        }
      }
    });
  }

  it("a date range is audited as applied only where it was applied: from-only on Medications, the whole range elsewhere", async () => {
    fakeSession.actor = actors.doctor;
    const medications = await bothDoors(PATIENT, "medications", "?from=2024-01-01");
    expect(medications.audit[0]?.detail).toMatchObject({ filter: { from: "2024-01-01", to: null } });
    const encounters = await bothDoors(PATIENT, "encounters", "?from=2024-01-01&to=2025-06-30");
    expect(encounters.audit[0]?.detail).toMatchObject({ filter: { from: "2024-01-01", to: "2025-06-30" } });
    const problems = await bothDoors(PATIENT, "problems", "?from=2020-01-01");
    expect(problems.outcome).toMatchObject({ status: 400, fields: { from: "Problems cannot be narrowed by date: remove the From date" } });
  });

  it("a section outside the social-care view is refused at both doors, each refusal audited alike", async () => {
    fakeSession.actor = actors.socialWorker;
    for (const section of ["medications", "problems", "administrative"]) {
      const { outcome, audit } = await bothDoors(PATIENT, section, "");
      expect(outcome).toMatchObject({ status: 403, code: "FORBIDDEN" });
      expect(audit).toEqual([
        { action: "ACCESS_DENIED", outcome: "DENIED", username: "doors.social", patient: PATIENT, detail: { section, why: "role" } },
      ]);
    }
    expect((await bothDoors(PATIENT, "allergies", "")).outcome.status).toBe(200);
  });

  it("a role without the clinical record is refused at both doors, and each door audits the refusal once", async () => {
    fakeSession.actor = actors.privacyOfficer;
    const page = await through(viaPage, PATIENT, "summary", "");
    const api = await through(viaApi, PATIENT, "summary", "");
    expect(page.outcome).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(api.outcome).toMatchObject({ status: 403, code: "FORBIDDEN" });
    for (const door of [page, api]) {
      expect(door.audit).toEqual([
        expect.objectContaining({
          action: "ACCESS_DENIED",
          outcome: "DENIED",
          username: "doors.privacy",
          detail: { permission: "record:view" },
        }),
      ]);
    }
  });

  it("an invalid NHS number is refused alike and audits nothing", async () => {
    fakeSession.actor = actors.doctor;
    const { outcome, audit } = await bothDoors("9681174004", "summary", "");
    expect(outcome).toMatchObject({ status: 400, code: "INVALID_NHS_NUMBER" });
    expect(audit).toEqual([]);
  });

  it("without an access episode the API refuses (audited) while the page asks why and fetches nothing", async () => {
    fakeSession.actor = actors.doctor;
    const page = await through(viaPage, NO_EPISODE, "medications", "");
    expect(page.outcome).toEqual({ status: 0, code: null });
    expect(page.audit).toEqual([]);
    const api = await through(viaApi, NO_EPISODE, "medications", "");
    expect(api.outcome).toMatchObject({ status: 403, code: "NO_ACCESS_EPISODE" });
    expect(api.audit).toEqual([
      {
        action: "ACCESS_DENIED",
        outcome: "DENIED",
        username: "doors.doctor",
        patient: NO_EPISODE,
        detail: { section: "medications", why: "no-access-episode" },
      },
    ]);
  });
});
