// The privacy officer's side of an emergency override: the alert, the audit trail for the patient, the review
// outcome and the CSV export; and both governance pages pass axe.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { AUDIT_CSV_HEADER } from "../../lib/domain/governance/audit-vocabulary";
import { apiAs, sameOriginHeaders } from "../support/api-session";
import { expectNoAxeViolations } from "../support/axe";
import { JOURNEY_PATIENTS, spaced } from "../support/patients";
import { expectSectionLoaded, findByNhsNumber, recordEmergencyOverride } from "../support/record";
import { signInAs } from "../support/sign-in";

const REASON = "Patient unconscious or unable to communicate";
const EXPLANATION = "Arrived by ambulance unresponsive, no family contactable, need current medication";

async function auditRowsFor(page: Page, nhsNumber: string) {
  await page.getByRole("navigation", { name: "Information governance" }).getByRole("link", { name: "Audit trail" }).click();
  await page.getByLabel("Patient NHS number").fill(spaced(nhsNumber));
  await page.getByRole("button", { name: "Search", exact: true }).click();
  // Blank filters are dropped from the address, so it reads as the search that was made.
  await expect(page).toHaveURL(/\/audit\?nhsNumber=[\d+]+$/);
  return page.getByRole("table", { name: /Audit events/ }).getByRole("row");
}

test("an emergency override is alerted, audited, reviewed and exported by the privacy officer", async ({ page, browser }, testInfo) => {
  const nhsNumber = JOURNEY_PATIENTS.override;
  // The patient is named from the gateway next to the NHS number: "SURNAME, Given (966 412 4702)".
  const patientNamed = new RegExp(`[^,()]+, [^,()]+ \\(${spaced(nhsNumber)}\\)`);
  const alertHeading = new RegExp(`^Dr Priya Raman – patient ${patientNamed.source}$`);

  await test.step("an A&E doctor opens the record with an emergency override", async () => {
    await signInAs(page, "ae.doctor");
    await findByNhsNumber(page, nhsNumber);
    await recordEmergencyOverride(page, REASON, EXPLANATION);
    await expectSectionLoaded(page, "Summary");
    await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: "Medications" }).click();
    await expectSectionLoaded(page, "Medications");
  });

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  try {
    await test.step("the privacy officer sees the open alert naming the doctor, the patient and the reason", async () => {
      await signInAs(officer, "privacy.officer");
      await officer.getByRole("link", { name: "Emergency override alerts" }).click();
      const open = officer.getByRole("region", { name: /^Open alerts/ });
      const alert = open.getByRole("region", { name: alertHeading });
      await expect(alert).toContainText("Dr Priya Raman (ae.doctor), A&E doctor");
      await expect(alert).toContainText("Trent Valley University Hospitals NHS Trust (R9A)");
      await expect(alert).toContainText(REASON);
      await expect(alert).toContainText(EXPLANATION);
      await officer.screenshot({ path: testInfo.outputPath("alerts-page.png"), fullPage: true });
    });

    await test.step("filtering the audit trail by NHS number shows the override and every look at the record", async () => {
      const rows = await auditRowsFor(officer, nhsNumber);
      await expect(rows.filter({ hasText: "Emergency override" }).filter({ hasText: "ae.doctor" })).toHaveCount(1);
      // The user's name next to the username, the patient's name next to the NHS number; no empty cell says "None".
      const override = rows.filter({ hasText: "Emergency override" });
      await expect(override).toContainText("Dr Priya Raman (ae.doctor)");
      await expect(override).toContainText(patientNamed);
      await expect(officer.getByRole("table", { name: /Audit events/ })).not.toContainText(/\b(None|null|undefined)\b/);
      // One view per section opened (the summary and the medications), and the care-wishes line in the banner, fetched
      // once with the record frame (the tabs do not fetch it again).
      await expect(rows.filter({ hasText: "Record viewed" }).filter({ hasText: "ae.doctor" })).toHaveCount(3);
      await expect(rows.filter({ hasText: "Record viewed" }).filter({ hasText: "view: care-wishes-banner" })).toHaveCount(1);
      await expect(rows.filter({ hasText: "Record viewed" }).first()).toContainText(spaced(nhsNumber));
      await expect(officer.getByRole("status").filter({ hasText: /^Showing 1–\d+ of \d+ events$/ })).toBeVisible();
      await officer.screenshot({ path: testInfo.outputPath("audit-page.png"), fullPage: true });
    });

    await test.step("the officer records that the override needs follow-up, and the outcome is shown", async () => {
      await officer.getByRole("link", { name: "Emergency override alerts" }).click();
      const alert = officer.getByRole("region", { name: /^Open alerts/ }).getByRole("region", { name: alertHeading });
      await alert.getByLabel("Needs follow-up").check();
      await alert.getByLabel("Note (optional)").fill("Check with the A&E lead whether a relative could have been reached");
      await alert.getByLabel("Follow-up owner").fill("A&E clinical lead");
      await alert.getByLabel("Follow-up due date").fill("2027-01-31");
      await alert.getByRole("button", { name: "Record review" }).click();
      const reviewed = officer.getByRole("region", { name: "Reviewed alerts" }).getByRole("region", { name: alertHeading });
      await expect(reviewed).toContainText("Needs follow-up");
      await expect(reviewed).toContainText("Ruth Adeyemi (privacy.officer)");
      await expect(reviewed).toContainText("Check with the A&E lead whether a relative could have been reached");
      await expect(reviewed).toContainText("A&E clinical lead");
      await expect(reviewed).toContainText("31-Jan-2027");
      await expect(officer.getByRole("region", { name: /^Open alerts/ }).getByRole("region", { name: alertHeading })).toHaveCount(0);
    });

    await test.step("the officer downloads the patient's audit entries as CSV", async () => {
      await auditRowsFor(officer, nhsNumber);
      const [download] = await Promise.all([
        officer.waitForEvent("download"),
        officer.getByRole("link", { name: "Download these results as CSV" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile(await download.path(), "utf8");
      const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
      expect(csv).toContain(nhsNumber);
      expect(lines.filter((l) => l.includes(",EMERGENCY_OVERRIDE,"))).toHaveLength(1);
      expect(lines.filter((l) => l.includes(",RECORD_VIEW,"))).toHaveLength(3);
      expect(lines.filter((l) => l.includes(",ALERT_REVIEWED,"))).toHaveLength(1);
    });
  } finally {
    await officerContext.close();
  }
});

test("a clinician cannot open the audit trail or the alerts, and the attempt is recorded", async ({ page, baseURL }) => {
  await signInAs(page, "ooh.gp");
  for (const path of ["/audit", "/audit/alerts"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Your role cannot open this page" })).toBeVisible();
  }
  const officer = await apiAs(baseURL!, "privacy.officer");
  try {
    const response = await officer.get("/api/audit/events?username=ooh.gp&action=ACCESS_DENIED");
    const body = (await response.json()) as { events: { detail: string }[] };
    // Page refusals only (the route matrix's API refusals name a route instead).
    const pages = body.events.map((e) => e.detail).filter((d) => d.startsWith("page:"));
    expect(pages.sort()).toEqual(["page: /audit/alerts; permission: alerts:review", "page: /audit; permission: audit:read"]);
  } finally {
    await officer.dispose();
  }
});

test("a privacy officer opening a patient's record address gets the refusal page, and the refusal is recorded once", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "privacy.officer");
  await page.goto(`/patients/${JOURNEY_PATIENTS.axeOverride}/medications`);
  await expect(page.getByRole("heading", { level: 1, name: "Your role cannot open this page" })).toBeVisible();
  const officer = await apiAs(baseURL!, "privacy.officer");
  try {
    const response = await officer.get("/api/audit/events?username=privacy.officer&action=ACCESS_DENIED");
    const body = (await response.json()) as { events: { detail: string }[] };
    // The patients layout and the record layout both refuse this request; one refused request is one event.
    expect(body.events.map((e) => e.detail).filter((d) => d.startsWith("page: /patients"))).toHaveLength(1);
  } finally {
    await officer.dispose();
  }
});

test("the audit trail and alerts pages have no axe violations", async ({ page, baseURL }) => {
  await test.step("an override gives the alerts page an open alert with its review form", async () => {
    const doctor = await apiAs(baseURL!, "nhs111.clinician");
    try {
      const response = await doctor.post(`/api/patients/${JOURNEY_PATIENTS.axeOverride}/access`, {
        headers: sameOriginHeaders(baseURL!),
        data: {
          decision: "EMERGENCY_OVERRIDE",
          reason: "Life-threatening emergency",
          detail: "Caller collapsed, needs medication history",
        },
      });
      expect(response.status()).toBe(201);
    } finally {
      await doctor.dispose();
    }
  });
  await signInAs(page, "privacy.officer");
  await test.step("audit trail, with results", async () => {
    await page.goto("/audit");
    await expect(page.getByRole("table", { name: /Audit events/ })).toBeVisible();
    await expectNoAxeViolations(page, "audit");
  });
  await test.step("audit trail, with a filter error in the error summary", async () => {
    await page.goto("/audit?nhsNumber=123&from=2026-13-01");
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "NHS number must be 10 digits" })).toHaveAttribute("href", "#nhsNumber");
    await expect(summary.getByRole("link", { name: /From date must be a real date/ })).toHaveAttribute("href", "#from");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectNoAxeViolations(page, "audit with errors");
  });
  await test.step("alerts", async () => {
    await page.goto("/audit/alerts");
    await expect(page.getByRole("button", { name: "Record review" }).first()).toBeVisible();
    await expectNoAxeViolations(page, "alerts");
  });
});
