// Why a clinician is looking decides what they see: consent opens the record, a refusal shows nothing from it,
// and a social care worker sees only the restricted set whatever they record.
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { RECORD_SECTIONS, sectionTitle } from "../../lib/domain/record/section-registry/meta";
import { apiAs } from "../support/api-session";
import { JOURNEY_PATIENTS } from "../support/patients";
import { expectSectionLoaded, findByNhsNumber, recordConsent, recordRefusal } from "../support/record";
import { signInAs } from "../support/sign-in";

const recordNav = (page: Page) => page.getByRole("navigation", { name: "Record sections" });

test("a nurse records the patient's consent and then reads their record", async ({ page }) => {
  const nhsNumber = JOURNEY_PATIENTS.consent;
  await test.step("find the patient: the record stays closed until a reason is recorded", async () => {
    await signInAs(page, "nurse");
    await findByNhsNumber(page, nhsNumber);
    await expect(page.getByRole("group", { name: "Why are you looking at this record?" })).toBeVisible();
    await expect(recordNav(page)).toHaveCount(0);
  });
  await test.step("record that the patient gave permission", async () => {
    await recordConsent(page);
  });
  await test.step("read the summary, then the medications", async () => {
    await expectSectionLoaded(page, "Summary");
    await expect(page.getByText("Emergency override in use")).toHaveCount(0);
    await recordNav(page).getByRole("link", { name: "Medications" }).click();
    await expectSectionLoaded(page, "Medications");
    // No error banner (Next's route announcer is also an alert, so look for ours by its code).
    await expect(page.locator("[data-error-code]")).toHaveCount(0);
  });
});

test("a paramedic records that the patient refused, and nothing from the record is fetched or shown", async ({ page }) => {
  const nhsNumber = JOURNEY_PATIENTS.refusal;
  const sectionRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes(`/api/patients/${nhsNumber}/sections/`)) sectionRequests.push(request.url());
  });
  await test.step("find the patient and record the refusal", async () => {
    await signInAs(page, "paramedic");
    await findByNhsNumber(page, nhsNumber);
    await recordRefusal(page);
  });
  await test.step("no record sections are offered and no section is requested", async () => {
    await expect(recordNav(page)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toHaveCount(0);
    // The form stays, so the clinician can record it if the patient changes their mind.
    await expect(page.getByRole("group", { name: "Why are you looking at this record?" })).toBeVisible();
  });
  await test.step("typing a section's address directly still shows nothing", async () => {
    await page.goto(`/patients/${nhsNumber}/medications`);
    await expect(page.getByRole("status").filter({ hasText: "refused permission" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Medications" })).toHaveCount(0);
    expect(sectionRequests).toEqual([]);
  });
  await test.step("the API refuses the section too", async () => {
    const response = await page.request.get(`/api/patients/${nhsNumber}/sections/medications`);
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("CONSENT_REFUSED");
  });
});

test("a social care worker sees only contacts, allergies, end-of-life care and risks", async ({ page, baseURL }) => {
  const nhsNumber = JOURNEY_PATIENTS.socialCare;
  const restricted = ["summary", "allergies", "end-of-life", "risks-and-warnings"] as const;
  await test.step("find the person and record their permission", async () => {
    await signInAs(page, "social.worker");
    // Every role that searches lands on the search page.
    await expect(page).toHaveURL(/\/patients$/);
    await findByNhsNumber(page, nhsNumber);
    await recordConsent(page);
  });
  await test.step("only the restricted sections are offered", async () => {
    const links = recordNav(page).getByRole("link");
    await expect(links).toHaveText(restricted.map((s) => sectionTitle(s)));
    await expect(recordNav(page).getByRole("link", { name: "Medications" })).toHaveCount(0);
  });
  await test.step("each restricted section opens", async () => {
    for (const section of restricted) {
      await recordNav(page)
        .getByRole("link", { name: sectionTitle(section), exact: true })
        .click();
      await expectSectionLoaded(page, sectionTitle(section));
    }
  });
  await test.step("every other section is refused, by address and by the API", async () => {
    const refused = RECORD_SECTIONS.filter((s) => !(restricted as readonly string[]).includes(s));
    expect(refused).toContain("medications");
    await page.goto(`/patients/${nhsNumber}/medications`);
    await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
    // The refusal keeps the patient context: the banner and the sections this role may open, and a way back.
    await expect(page.getByRole("region", { name: "Patient details" })).toBeVisible();
    await expect(recordNav(page).getByRole("link", { name: sectionTitle("summary"), exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Back to this patient's Summary" }).click();
    await expectSectionLoaded(page, sectionTitle("summary"));
    for (const section of refused) {
      const response = await page.request.get(`/api/patients/${nhsNumber}/sections/${section}`);
      expect(response.status(), section).toBe(403);
    }
  });
  await test.step("the refused page said the attempt was recorded, and it was: one event for the page, one per API call", async () => {
    const officer = await apiAs(baseURL!, "privacy.officer");
    try {
      const response = await officer.get(`/api/audit/events?username=social.worker&action=ACCESS_DENIED&nhsNumber=${nhsNumber}`);
      const body = (await response.json()) as { events: { detail: string }[] };
      const details = body.events.map((e) => e.detail);
      // The detail's keys come back in the database's order: compare them as a set.
      const parts = (d: string) => d.split("; ").sort();
      expect(details.filter((d) => d.includes("via: page")).map(parts)).toEqual([["section: medications", "via: page", "why: role"]]);
      const refused = RECORD_SECTIONS.filter((s) => !(restricted as readonly string[]).includes(s));
      expect(details.filter((d) => d.includes("via: api")).length).toBe(refused.length);
    } finally {
      await officer.dispose();
    }
  });
});
