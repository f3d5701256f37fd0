import { sectionTitle, RECORD_SECTIONS } from "../../lib/domain/record/section-registry/meta";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { demoPatient, expectSectionLoaded, findByNhsNumber, openRecordWithConsent, recordConsent } from "../support/record";
import { signInAs } from "../support/sign-in";

test("an A&E doctor finds a patient by NHS number and reads current medication", async ({ page }) => {
  const patient = demoPatient(/^ordinary patient$/);
  await test.step("sign in: an A&E doctor lands on Find a patient", async () => {
    await signInAs(page, "ae.doctor");
    await expect(page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible();
  });
  await test.step("search by NHS number typed with spaces", async () => {
    const spaced = `${patient.nhsNumber.slice(0, 3)} ${patient.nhsNumber.slice(3, 6)} ${patient.nhsNumber.slice(6)}`;
    await page.getByLabel("NHS number").fill(spaced);
    await page.getByRole("button", { name: "Search", exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(patient.name);
  });
  await test.step("record consent and read the summary", async () => {
    await page.getByLabel("The patient has given permission to view their GP record").check();
    await page.getByRole("button", { name: "Record and open record" }).click();
    const repeat = page.getByRole("region", { name: "Current repeat medication" });
    await expect(repeat.getByRole("listitem").first()).toBeVisible();
    await expect(page.getByTestId("retrieved")).toContainText("Retrieved");
  });
  await test.step("open Medications and read the current repeat table", async () => {
    await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: "Medications" }).click();
    const table = page.getByRole("table", { name: /Current repeat medication/ });
    await expect(table).toBeVisible();
    expect(await table.getByRole("row").count()).toBeGreaterThan(1);
    await expect(table.getByRole("columnheader", { name: /Last issued/ })).toBeVisible();
  });
});

test("an out-of-hours GP checks when repeat medication was last issued", async ({ page }) => {
  const patient = demoPatient(/^ordinary patient$/);
  await signInAs(page, "ooh.gp");
  await openRecordWithConsent(page, patient.nhsNumber);
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: "Medications" }).click();
  const table = page.getByRole("table", { name: /Current repeat medication/ });
  const firstRow = table.getByRole("row").nth(1);
  await expect(firstRow).toContainText(/\d{2}-[A-Z][a-z]{2}-\d{4}/);
  const issues = page.getByRole("table", { name: /All medication issues/ });
  await expect(issues.getByRole("row").nth(1)).toContainText(/\d{2}-[A-Z][a-z]{2}-\d{4}/);
});

test("a very long record opens with its newest issues, shows all of them on request and prints every one", async ({ page }) => {
  const patient = demoPatient(/^very long record$/);
  await signInAs(page, "ooh.gp");
  await openRecordWithConsent(page, patient.nhsNumber);
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: "Medications" }).click();
  const table = page.getByRole("table", { name: /All medication issues/ });
  const rows = table.locator("tbody tr");
  // Only the issues table counts "issues"; the other medication tables count "medications".
  const newest = page.getByText(/^Showing 1 to 25 of the 100 most recent issues \([\d,]+ in the record\)$/);
  await expect(newest).toBeVisible();
  const total = Number(/\(([\d,]+) in the record/.exec((await newest.textContent()) ?? "")?.[1]?.replace(/,/g, ""));
  expect(total).toBeGreaterThan(1000);
  // On screen: one page of rows in the document, not thousands of hidden ones.
  await expect(rows).toHaveCount(25);

  await page.getByRole("link", { name: `Show all ${total.toLocaleString("en-GB")} issues` }).click();
  await expect(page).toHaveURL(/\/medications\?issues=all$/);
  await expect(page.getByText(`Showing 1 to 25 of ${total.toLocaleString("en-GB")} issues`)).toBeVisible();
  await expect(rows).toHaveCount(25);
  await test.step("printing draws every issue, then the page goes back to one page", async () => {
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect(rows).toHaveCount(total);
    await expect(rows.nth(total - 1)).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    await expect(rows).toHaveCount(25);
  });
});

test("an invalid NHS number is explained before any request is made", async ({ page }) => {
  await signInAs(page, "ae.doctor");
  await page.goto("/patients");
  const searches: string[] = [];
  page.on("request", (r) => r.url().includes("/api/patients/search") && searches.push(r.url()));
  await page.getByLabel("NHS number").fill("123 456 7890");
  await page.getByRole("button", { name: "Search", exact: true }).first().click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("check digit");
  expect(searches).toEqual([]);
});

test("an unknown or sensitive patient gives a clear not-found message [HZ-EVID:sensitive-not-found]", async ({ page }) => {
  await signInAs(page, "ae.doctor");
  await findByNhsNumber(page, demoPatient(/^sensitive patient$/).nhsNumber);
  await expect(page.getByRole("alert").filter({ hasText: "No patient found" })).toBeVisible();
});

test("a patient whose practice is offline shows a banner naming the practice and what to do", async ({ page }) => {
  const patient = demoPatient(/practice offline/);
  await signInAs(page, "ae.doctor");
  await openRecordWithConsent(page, patient.nhsNumber);
  const banner = page.getByRole("alert").filter({ hasText: "GP practice system is not available" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("Y90143");
  await expect(banner).toContainText("Phone the practice");
  await expect(banner.getByRole("button", { name: /Try again/ })).toBeVisible();
  // The rest of the page still works: another section can be opened.
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: "Allergies and adverse reactions" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Allergies and adverse reactions" })).toBeVisible();
});

test("a deceased patient is marked unmistakably", async ({ page }) => {
  const patient = demoPatient(/^deceased patient$/);
  await signInAs(page, "ae.doctor");
  await findByNhsNumber(page, patient.nhsNumber);
  await expect(page.getByText(/^Deceased \d{2}-[A-Z][a-z]{2}-\d{4}$/).first()).toBeVisible();
});

test.describe("no axe violations", () => {
  test("on the search page", async ({ page }) => {
    await signInAs(page, "ae.doctor");
    await page.goto("/patients");
    await expectNoAxeViolations(page, "search");
  });

  // One test per section, so a slow machine gives each page its own time budget.
  const patient = demoPatient(/full end-of-life dataset/);
  for (const section of RECORD_SECTIONS) {
    test(`on the ${sectionTitle(section)} section`, async ({ page }) => {
      await signInAs(page, "ae.doctor");
      await page.goto(`/patients/${patient.nhsNumber}/${section}`);
      // The first section opened for this patient asks why the doctor is looking.
      if (await page.getByRole("button", { name: "Record and open record" }).isVisible()) await recordConsent(page);
      await expectSectionLoaded(page, sectionTitle(section));
      await expectNoAxeViolations(page, section);
    });
  }
});

test("an A&E doctor narrows encounters to a date range; a future date is refused on the form and nothing is asked for", async ({
  page,
}) => {
  const patient = demoPatient(/^ordinary patient$/);
  await signInAs(page, "ae.doctor");
  // Other journeys open this patient as this user too: the reason may already be recorded (episodes last hours).
  await page.goto(`/patients/${patient.nhsNumber}/encounters`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(patient.name);
  if ((await page.getByLabel("The patient has given permission to view their GP record").count()) > 0) await recordConsent(page);
  await expectSectionLoaded(page, "Encounters");
  const form = page.getByRole("form", { name: "Filter by date" });
  await test.step("a From date in the future gets the same field error the page and the API would give", async () => {
    const before = page.url();
    await form.getByLabel("From").fill("2099-01-01");
    await form.getByRole("button", { name: "Apply dates" }).click();
    await expect(form.getByRole("alert")).toHaveText("From date must be today or earlier");
    expect(page.url()).toBe(before);
  });
  await test.step("a real range narrows the list and says so", async () => {
    await form.getByLabel("From").fill("2020-01-01");
    await form.getByLabel("To").fill("2025-12-31");
    await form.getByRole("button", { name: "Apply dates" }).click();
    await expect(page).toHaveURL(/\/encounters\?from=2020-01-01&to=2025-12-31$/);
    await expectSectionLoaded(page, "Encounters");
    await expect(page.getByRole("form", { name: "Filter by date" }).getByRole("alert")).toHaveCount(0);
    await expect(page.getByText("Showing items from 01-Jan-2020 to 31-Dec-2025 only. Earlier or later items are not shown.")).toBeVisible();
  });
  await test.step("the same future date typed into the address is refused by the page itself", async () => {
    await page.goto(`/patients/${patient.nhsNumber}/encounters?from=2099-01-01`);
    await expect(page.getByRole("alert").filter({ hasText: "Some details are not right" })).toContainText(
      "From date must be today or earlier",
    );
  });
});
