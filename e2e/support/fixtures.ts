// The `test` every journey uses: Playwright's, plus a note of every record section the server sent (patient,
// section and its audit event id) in test-results/record-views.jsonl: from API responses (X-Audit-Event) and
// from every section a page shows (data-audit-event, which also covers sections rendered on the server).
// After the whole suite, e2e/after-suite checks each of those views has exactly one audit event in the
// privacy officer's view, and that there are no other RECORD_VIEW events.
import { test as base, type APIResponse, type Response } from "@playwright/test";
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";

export { expect } from "@playwright/test";

export const RECORD_VIEWS_FILE = path.join(__dirname, "..", "..", "test-results", "record-views.jsonl");

export type ObservedView = {
  auditEventId: string | null;
  nhsNumber: string;
  section: string;
  url: string;
  /** A section page request the browser abandoned (e.g. the user clicked on): the server may have sent and audited it. */
  aborted?: true;
};

const SECTION_PATH = /^\/api\/patients\/(\d{10})\/sections\/([a-z-]+)$/;
/** The central summary shown when the practice cannot answer: audited as a record view of section "central-summary". */
const CENTRAL_SUMMARY_PATH = /^\/api\/patients\/(\d{10})\/(central-summary)$/;
const SECTION_PAGE = /^\/patients\/(\d{10})\/([a-z-]+)$/;
/** The audit event id in a page's HTML or RSC payload (plain, or escaped inside the inline flight data). */
const AUDIT_ID_IN_PAYLOAD = /auditEventId\\?"\s*:\s*\\?"([0-9a-f-]{36})/g;
/** The care-wishes line's audit event in the record layout's payload: an end-of-life fetch, shown in the banner. */
const BANNER_AUDIT_ID_IN_PAYLOAD = /auditEvent\\?"\s*:\s*\\?"([0-9a-f-]{36})/g;

/** Notes a record-section response the server answered 200 to (from a page or an API request context). */
function note(view: ObservedView): void {
  mkdirSync(path.dirname(RECORD_VIEWS_FILE), { recursive: true });
  appendFileSync(RECORD_VIEWS_FILE, `${JSON.stringify(view)}\n`);
}

export function noteRecordView(response: Response | APIResponse): void {
  const url = new URL(response.url());
  const match = SECTION_PATH.exec(url.pathname) ?? CENTRAL_SUMMARY_PATH.exec(url.pathname);
  if (!match || response.status() !== 200) return;
  note({ auditEventId: response.headers()["x-audit-event"] ?? null, nhsNumber: match[1]!, section: match[2]!, url: url.pathname });
}

/**
 * A section page rendered on the server (HTML or RSC payload) carries its record, so it is a view even if the
 * browser moved on before showing it. Resolves once the body has been read.
 */
async function noteServerRenderedSection(response: Response): Promise<void> {
  const url = new URL(response.url());
  const match = SECTION_PAGE.exec(url.pathname);
  if (!match || response.status() !== 200) return;
  const body = await response.text();
  for (const id of new Set([...body.matchAll(AUDIT_ID_IN_PAYLOAD)].map((m) => m[1]!))) {
    note({ auditEventId: id, nhsNumber: match[1]!, section: match[2]!, url: `${url.pathname} (server-rendered)` });
  }
  for (const id of new Set([...body.matchAll(BANNER_AUDIT_ID_IN_PAYLOAD)].map((m) => m[1]!))) {
    note({ auditEventId: id, nhsNumber: match[1]!, section: "end-of-life", url: `${url.pathname} (server-rendered care-wishes line)` });
  }
}

/** Runs in every page: reports each section element that appears (or changes) with its audit event id. */
function watchShownSections(): void {
  const reported = new Set<string>();
  const report = (window as unknown as { __noteShownSection: (id: string, view: string) => void }).__noteShownSection;
  const scan = () => {
    for (const element of document.querySelectorAll("[data-audit-event]")) {
      const id = element.getAttribute("data-audit-event") ?? "";
      if (reported.has(id)) continue;
      reported.add(id);
      report(id, element.getAttribute("data-record-view") ?? "");
    }
  };
  new MutationObserver(scan).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-audit-event"] });
}

export const test = base.extend({
  context: async ({ context }, use) => {
    const reading = new Set<Promise<void>>();
    context.on("response", (response) => {
      noteRecordView(response);
      const read = noteServerRenderedSection(response).catch(() => {}); // a body can be gone if a tab closed
      reading.add(read);
      void read.finally(() => reading.delete(read));
    });
    context.on("requestfailed", (request) => {
      const url = new URL(request.url());
      const match = SECTION_PAGE.exec(url.pathname);
      if (match) note({ auditEventId: null, nhsNumber: match[1]!, section: match[2]!, url: `${url.pathname} (aborted)`, aborted: true });
    });
    await context.exposeBinding("__noteShownSection", ({ page }, id: string, view: string) => {
      const [nhsNumber = "", section = ""] = view.split("/");
      note({ auditEventId: id || null, nhsNumber, section, url: `${new URL(page.url()).pathname} (shown)` });
    });
    await context.addInitScript(watchShownSections);
    await use(context);
    await Promise.all(reading);
  },
});
