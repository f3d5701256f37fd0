// Care wishes on every page (issue 12): the resuscitation and care-wishes line in the patient banner, on each of the
// twelve tabs; "could not be retrieved" on every tab when the end-of-life data fails; paramedics land on care wishes;
// the banner fits a 390 px phone. Each journey uses a user who has not opened that patient elsewhere in the suite.
import { RECORD_SECTIONS, sectionTitle } from "../../lib/domain/record/section-registry/meta";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { demoPatient, expectSectionLoaded, openRecordWithConsent } from "../support/record";
import { signInAs } from "../support/sign-in";

const careWishes = (page: import("@playwright/test").Page) => page.locator("[data-care-wishes]");

test("the DNACPR decision is in the banner on every one of the twelve tabs [HZ-EVID:cpr-banner-every-tab]", async ({ page }) => {
  const patient = demoPatient(/^DNACPR and ReSPECT$/);
  await signInAs(page, "ooh.gp");
  await openRecordWithConsent(page, patient.nhsNumber);
  for (const section of RECORD_SECTIONS) {
    await test.step(sectionTitle(section), async () => {
      await page.goto(`/patients/${patient.nhsNumber}/${section}`);
      await expectSectionLoaded(page, sectionTitle(section));
      const line = careWishes(page);
      await expect(line).toHaveAttribute("data-care-wishes", "decision");
      await expect(line.getByText(/^Resuscitation and care wishes: DNACPR — \d{2}-[A-Z][a-z]{2}-\d{4}$/)).toBeVisible();
      await expect(line.getByRole("link", { name: "End of life and care wishes" })).toHaveAttribute(
        "href",
        `/patients/${patient.nhsNumber}/end-of-life`,
      );
    });
  }
  await test.step("the line prints, and is a status region screen readers find by its words", async () => {
    await expect(page.getByRole("status", { name: /^Resuscitation and care wishes: DNACPR — / })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(careWishes(page).getByText(/^Resuscitation and care wishes: DNACPR — /)).toBeVisible();
    await page.emulateMedia({ media: "screen" });
  });
});

test("when the end-of-life data cannot be fetched, every tab says so and none says 'no decision' [HZ-EVID:eol-unavailable-not-none]", async ({
  page,
}) => {
  const patient = demoPatient(/^end-of-life data could not be retrieved$/);
  await signInAs(page, "nhs111.clinician");
  await openRecordWithConsent(page, patient.nhsNumber);
  for (const section of RECORD_SECTIONS) {
    await test.step(sectionTitle(section), async () => {
      await page.goto(`/patients/${patient.nhsNumber}/${section}`);
      await expectSectionLoaded(page, sectionTitle(section));
      await expect(careWishes(page)).toHaveText(/End-of-life information could not be retrieved — phone the practice/);
      await expect(page.getByText("No CPR decision recorded")).toHaveCount(0);
    });
  }
  await test.step("the Summary says so too", async () => {
    await page.goto(`/patients/${patient.nhsNumber}/summary`);
    await expect(page.locator('[data-care-wishes-panel="unavailable"]')).toBeVisible();
    await expect(page.getByText("This summary is incomplete")).toBeVisible();
  });
});

test("a paramedic who opens a patient with care wishes lands on them", async ({ page }) => {
  const patient = demoPatient(/^ReSPECT form with a ceiling of treatment$/);
  await signInAs(page, "paramedic");
  await openRecordWithConsent(page, patient.nhsNumber);
  await test.step("lands on End of life, not the Summary, decided on the server: the Summary is never drawn", async () => {
    // The record's own address shows the landing section (no redirect, no Summary first).
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}$`));
    await expectSectionLoaded(page, sectionTitle("end-of-life"));
    await expect(page.locator('[data-record-view$="/summary"]')).toHaveCount(0);
    await expect(
      page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: sectionTitle("end-of-life") }),
    ).toHaveAttribute("aria-current", "page");
  });
  await test.step("the DNACPR on the other UK code, the ceiling of treatment, ADRT and the registered LPA are read", async () => {
    await expect(careWishes(page).getByText(/^Resuscitation and care wishes: DNACPR — /)).toBeVisible();
    await expect(careWishes(page)).toContainText("Ceiling of treatment: Ward-based care");
    await expect(careWishes(page)).toContainText("Review date passed");
    await expect(page.locator('[data-cpr-decision="not-for-resuscitation"]')).toBeVisible();
    await expect(page.getByText("Registered; covers decisions about life-sustaining treatment")).toBeVisible();
    await expect(page.getByRole("button", { name: "Print care-wishes handover sheet" })).toBeVisible();
  });
  await test.step("axe reports no violations", async () => {
    await expectNoAxeViolations(page, "end of life (paramedic)");
  });
  await test.step("the Summary stays where the paramedic puts it", async () => {
    await page
      .getByRole("navigation", { name: "Record sections" })
      .getByRole("link", { name: /^Summary$/ })
      .click();
    await expectSectionLoaded(page, "Summary");
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}/summary$`));
  });
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the banner's care-wishes line fits, with the newest decision and the older one counted", async ({ page }) => {
    const patient = demoPatient(/^more than one CPR decision$/);
    await signInAs(page, "nurse");
    await openRecordWithConsent(page, patient.nhsNumber);
    // A community nurse lands on care wishes too, at the record's own address.
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}$`));
    await expectSectionLoaded(page, sectionTitle("end-of-life"));
    const line = careWishes(page);
    await expect(line.getByText(/^Resuscitation and care wishes: For CPR — /)).toBeVisible();
    await expect(line).toContainText("2 CPR decisions recorded; most recent shown");
    await expect(page.locator('[data-older-cpr-decision="not-for-resuscitation"]')).toBeVisible();
    const box = await line.boundingBox();
    expect(box, "the care-wishes line is laid out").not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, "end of life at 390 px");
  });
});
