// The `test` every journey uses: Playwright's, plus a note of every record section the server sent (patient,
// section and the X-Audit-Event id) in test-results/record-views.jsonl. After the whole suite,
// e2e/after-suite checks that each of those views has exactly one audit event in the privacy officer's view.
import { test as base, type APIResponse, type Response } from "@playwright/test";
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";

export { expect } from "@playwright/test";

export const RECORD_VIEWS_FILE = path.join(__dirname, "..", "..", "test-results", "record-views.jsonl");

export type ObservedView = { auditEventId: string | null; nhsNumber: string; section: string; url: string };

const SECTION_PATH = /^\/api\/patients\/(\d{10})\/sections\/([a-z-]+)$/;

/** Notes a record-section response the server answered 200 to (from a page or an API request context). */
export function noteRecordView(response: Response | APIResponse): void {
  const url = new URL(response.url());
  const match = SECTION_PATH.exec(url.pathname);
  if (!match || response.status() !== 200) return;
  const view: ObservedView = {
    auditEventId: response.headers()["x-audit-event"] ?? null,
    nhsNumber: match[1]!,
    section: match[2]!,
    url: url.pathname,
  };
  mkdirSync(path.dirname(RECORD_VIEWS_FILE), { recursive: true });
  appendFileSync(RECORD_VIEWS_FILE, `${JSON.stringify(view)}\n`);
}

export const test = base.extend({
  context: async ({ context }, use) => {
    context.on("response", noteRecordView);
    await use(context);
  },
});
