// Runs after every journey (project "after-suite" depends on "chromium"):
// 1. every record section the server sent during the run has exactly one RECORD_VIEW audit event, as the
//    privacy officer sees them through the audit API, and there are no audit events for views nobody saw;
// 2. the servers' logs hold no NHS number and no demo patient's name.
import { existsSync, readFileSync } from "node:fs";
import type { AuditEventView, AuditSearchResult } from "../../lib/domain/governance/views";
import { isValidNhsNumber } from "../../lib/domain/nhs-number";
import scenarios from "../../mock-mig/scenarios.json";
import { apiAs } from "../support/api-session";
import { E2E_LOG_FILE } from "../support/e2e-files";
import { expect, RECORD_VIEWS_FILE, test, type ObservedView } from "../support/fixtures";

function observedViews(): ObservedView[] {
  if (!existsSync(RECORD_VIEWS_FILE)) return [];
  return readFileSync(RECORD_VIEWS_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ObservedView);
}

async function successfulRecordViewEvents(baseURL: string): Promise<AuditEventView[]> {
  const api = await apiAs(baseURL, "privacy.officer");
  try {
    const events: AuditEventView[] = [];
    let upTo: string | null = null;
    for (let page = 1; ; page++) {
      const query = new URLSearchParams({ action: "RECORD_VIEW", outcome: "SUCCESS", page: String(page), ...(upTo ? { upTo } : {}) });
      const response = await api.get(`/api/audit/events?${query}`);
      expect(response.status(), "privacy officer searches the audit trail").toBe(200);
      const result = (await response.json()) as AuditSearchResult;
      events.push(...result.events);
      upTo = result.upTo;
      if (page >= result.pageCount) return events;
    }
  } finally {
    await api.dispose();
  }
}

test("every record view in this run has exactly one audit event in the privacy officer's view", async ({ baseURL }) => {
  const all = observedViews();
  const aborted = all.filter((v) => v.aborted);
  const noted = all.filter((v) => !v.aborted);
  expect(noted.length, "record views were observed during the run").toBeGreaterThan(10);
  expect(
    noted.filter((v) => !v.auditEventId),
    "views sent without an audit event id",
  ).toEqual([]);
  // A view fetched by the browser is noted twice (its API response, then the page showing it): one view per id.
  const views = [...new Map(noted.map((v) => [v.auditEventId!, v])).values()];
  for (const view of noted) {
    const same = views.find((v) => v.auditEventId === view.auditEventId)!;
    expect([view.nhsNumber, view.section], `one patient and section for event ${view.auditEventId}`).toEqual([
      same.nhsNumber,
      same.section,
    ]);
  }

  const events = await successfulRecordViewEvents(baseURL!);
  const byId = new Map(events.map((event) => [event.id, event]));
  for (const view of views) {
    const event = byId.get(view.auditEventId!);
    expect(event, `audit event for ${view.url}`).toBeDefined();
    expect(event!.patientNhsNumber, `patient of ${view.url}`).toBe(view.nhsNumber);
    expect(event!.detail, `section of ${view.url}`).toMatch(new RegExp(`(^|; )section: ${view.section}(;|$)`));
  }
  // No RECORD_VIEW event without a view: each is a view seen, or a section page the browser abandoned after
  // the server had rendered (and audited) it, each abandoned request accounting for at most one event.
  const unseen = events.filter((event) => !views.some((v) => v.auditEventId === event.id));
  const unexplained = unseen.filter((event) => {
    const i = aborted.findIndex(
      (v) => v.nhsNumber === event.patientNhsNumber && new RegExp(`(^|; )section: ${v.section}(;|$)`).test(event.detail),
    );
    if (i === -1) return true;
    aborted.splice(i, 1);
    return false;
  });
  expect(
    unexplained.map((e) => `${e.patientNhsNumber} ${e.detail}`),
    "RECORD_VIEW events with no view seen",
  ).toEqual([]);
  expect(unseen.length, "abandoned deliveries stay rare").toBeLessThanOrEqual(Math.ceil(views.length / 10));
});

test("the servers' logs contain no NHS number and no patient name", () => {
  expect(existsSync(E2E_LOG_FILE), `${E2E_LOG_FILE} exists`).toBe(true);
  const log = readFileSync(E2E_LOG_FILE, "utf8");
  // The log is real: both servers wrote to it during the run.
  expect(log).toContain("request completed");
  expect(log.split("\n").length).toBeGreaterThan(50);

  // Ten digits, alone or spaced 3-3-4, not part of a longer number or a decimal; kept only if modulus 11 holds.
  const candidates = [...log.matchAll(/(?<![\d.])(\d{3}) ?(\d{3}) ?(\d{4})(?![\d.])/g)].map((m) => `${m[1]}${m[2]}${m[3]}`);
  expect(candidates.filter(isValidNhsNumber), "NHS numbers in the logs").toEqual([]);

  const names = new Set<string>();
  for (const { name } of scenarios as { name: string }[]) {
    const [family, given] = name.split(",").map((part) => part.replace(/\(.*\)/, "").trim());
    if (family) names.add(family.toLowerCase());
    if (family && given) names.add(`${given.split(" ")[0]} ${family}`.toLowerCase());
  }
  const lower = log.toLowerCase();
  expect(
    [...names].filter((name) => lower.includes(name)),
    "patient names in the logs",
  ).toEqual([]);
});
