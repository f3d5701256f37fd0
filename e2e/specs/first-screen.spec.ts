// Ten seconds to what matters (issue 18): at a laptop (1366×768), a tablet (768×1024) and a phone (390×844), the
// first screen of every demo patient's Summary shows the allergies and the start of current medication, and axe finds
// nothing; and a clinician can get from sign-in to current medication with the keyboard alone. One signed-in page
// per screen size, with its own user, so every demo patient is opened afresh (the consent form each time).
import type { Locator, Page } from "@playwright/test";
import scenarios from "../../mock-mig/scenarios.json";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { recordConsent } from "../support/record";
import { signInAs } from "../support/sign-in";

type Scenario = { nhsNumber: string; name: string; demonstrates: string[] };
const PATIENTS = scenarios as Scenario[];
const demonstrates = (p: Scenario, what: RegExp) => p.demonstrates.some((d) => what.test(d));

type Screen = { name: string; width: number; height: number; user: string };
const LAPTOP: Screen = { name: "laptop", width: 1366, height: 768, user: "layout.desktop" };
const TABLET: Screen = { name: "tablet", width: 768, height: 1024, user: "layout.tablet" };
const PHONE: Screen = { name: "phone", width: 390, height: 844, user: "layout.phone" };

/** The element is laid out and wholly within the first screen (the page is at the top). */
async function expectOnFirstScreen(locator: Locator, what: string, viewportHeight: number) {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, `${what} is laid out`).not.toBeNull();
  // Soft, so one run reports every patient whose first screen falls short, not only the first.
  expect.soft(box!.y, `${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect.soft(box!.y + box!.height, `${what} ends within the first screen (${viewportHeight} px)`).toBeLessThanOrEqual(viewportHeight);
}

/**
 * The start of a Summary part: its heading, and its first item or the words saying why there is none. For medication,
 * the first medicine's name (a long line of tags may wrap below it on a phone).
 */
function partStart(page: Page, section: string) {
  const part = page.locator(`[data-summary-part="${section}"]`).first();
  const first = section === "medications" ? part.locator("li > span.font-bold, p").first() : part.locator("li, p").first();
  return { heading: part.getByRole("heading", { level: 3 }), first };
}

/** Opens every demo patient's record in turn, as one signed-in user, and checks the Summary's first screen. */
async function checkEveryDemoPatient(page: Page, screen: Screen) {
  await signInAs(page, screen.user);
  await test.step("clinicians land on Find a patient", async () => {
    await expect(page).toHaveURL(/\/patients$/);
    await expect(page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible();
  });
  for (const patient of PATIENTS) {
    await test.step(`${patient.name}: ${patient.demonstrates[0]}`, async () => {
      await page.goto(`/patients/${patient.nhsNumber}`);
      if (demonstrates(patient, /answered as not found/)) {
        await expectOnFirstScreen(page.locator("[data-error-code]").first(), "the not-found message", screen.height);
        await expect(page.locator("[data-error-code]").first()).toHaveAttribute("data-error-code", "PATIENT_NOT_FOUND");
        await expectNoAxeViolations(page, `${patient.name} (not found) at ${screen.name}`);
        return;
      }
      await recordConsent(page);
      await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      if (demonstrates(patient, /practice offline/)) {
        // Nothing could be fetched from the practice: what to do about it is on the first screen.
        await expectOnFirstScreen(page.locator("[data-error-code]").first(), "the practice-unavailable message", screen.height);
      } else {
        const allergies = partStart(page, "allergies");
        await expect(allergies.heading).toHaveText("Allergies");
        await expectOnFirstScreen(allergies.heading, "the Allergies heading", screen.height);
        await expectOnFirstScreen(allergies.first, "the first allergy (or why there is none)", screen.height);
        const repeat = partStart(page, "medications");
        await expect(repeat.heading).toHaveText("Current repeat medication");
        await expectOnFirstScreen(repeat.heading, "the Current repeat medication heading", screen.height);
        await expectOnFirstScreen(repeat.first, "the first current repeat's name (or why there is none)", screen.height);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${patient.name} Summary at ${screen.name}`);
    });
  }
}

const TITLE = "every demo patient's first screen shows allergies and current medication, and axe passes";

test.describe("at 1366×768 (laptop)", () => {
  test.use({ viewport: { width: LAPTOP.width, height: LAPTOP.height } });
  test(`${TITLE} [HZ-EVID:first-screen-allergies-medication-laptop]`, async ({ page }) => {
    test.setTimeout(120_000);
    await checkEveryDemoPatient(page, LAPTOP);
  });
});

test.describe("at 768×1024 (tablet)", () => {
  test.use({ viewport: { width: TABLET.width, height: TABLET.height } });
  test(`${TITLE} [HZ-EVID:first-screen-allergies-medication-tablet]`, async ({ page }) => {
    test.setTimeout(120_000);
    await checkEveryDemoPatient(page, TABLET);
  });
});

test.describe("at 390×844 (phone)", () => {
  test.use({ viewport: { width: PHONE.width, height: PHONE.height } });
  test(`${TITLE} [HZ-EVID:first-screen-allergies-medication-phone]`, async ({ page }) => {
    test.setTimeout(120_000);
    await checkEveryDemoPatient(page, PHONE);
  });
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the tabs are one section menu, and medication rows are cards with their source in view", async ({ page }) => {
    const patient = PATIENTS.find((p) => demonstrates(p, /medication from more than one organisation/))!;
    await signInAs(page, "layout.phone");
    await page.goto(`/patients/${patient.nhsNumber}`);
    if (await page.getByLabel("The patient has given permission to view their GP record").isVisible()) await recordConsent(page);
    const menu = page.getByRole("navigation", { name: "Record sections" });
    await test.step("one menu, closed, naming the section on screen", async () => {
      await expect(menu).toHaveCount(1);
      await expect(menu.getByText("Sections: Summary")).toBeVisible();
      await expect(menu.getByRole("link", { name: "Medications" })).toBeHidden();
    });
    await test.step("the menu opens and leads to Medications, which opens on current repeat medication", async () => {
      await menu.getByText("Sections: Summary").click();
      await menu.getByRole("link", { name: "Medications" }).click();
      await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}/medications$`));
      await expect(page.getByRole("heading", { level: 2, name: "Medications" })).toBeFocused();
      await expect(menu.getByText("Sections: Medications")).toBeVisible();
      const firstTable = page.locator("table").first();
      await expect(firstTable.locator("caption")).toHaveText("Current repeat medication");
    });
    await test.step("each row is a card within the screen's width, its source labelled and visible", async () => {
      const row = page.locator("table").first().locator("tbody tr").first();
      const box = (await row.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      const source = row.locator('td[data-label="Source"]');
      await source.scrollIntoViewIfNeeded();
      await expect(source).toBeInViewport();
      await expect(source).toContainText(/\([A-Z0-9]+\)/);
      const sourceBox = (await source.boundingBox())!;
      expect(sourceBox.x + sourceBox.width).toBeLessThanOrEqual(390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, "Medications as cards at 390 px");
    });
  });
});

test("keyboard only: from sign-in to current medication [HZ-EVID:keyboard-to-current-medication]", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const patient = PATIENTS.find((p) => demonstrates(p, /^ordinary patient$/))!;
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || "");
  /** Presses Tab until `matches` holds for the focused element (at most 40 presses). */
  async function tabTo(what: string, matches: () => Promise<boolean>) {
    for (let i = 0; i < 40; i++) {
      if (await matches()) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${what} (focus on "${await focused()}")`);
  }
  await test.step("sign in", async () => {
    await page.goto("/sign-in");
    await tabTo("the username", () => page.getByLabel("Username").evaluate((el) => el === document.activeElement));
    await page.keyboard.type("keyboard.only");
    await page.keyboard.press("Tab");
    await page.keyboard.type((await import("../../prisma/demo-users")).DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Find a patient" })).toBeVisible({ timeout: 30_000 });
  });
  await test.step("search by NHS number", async () => {
    await tabTo("the NHS number", () => page.getByLabel("NHS number").evaluate((el) => el === document.activeElement));
    await page.keyboard.type(patient.nhsNumber);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("group", { name: "Why are you looking at this record?" })).toBeVisible();
  });
  await test.step("choose 'given permission' with the arrow keys, and Enter records it and opens the record", async () => {
    const given = page.getByLabel("The patient has given permission to view their GP record");
    const refused = page.getByLabel("The patient refused permission");
    await tabTo("the first reason", () => given.evaluate((el) => el === document.activeElement));
    await page.keyboard.press("ArrowDown");
    await expect(refused).toBeFocused();
    await expect(refused).toBeChecked();
    await page.keyboard.press("ArrowUp");
    await expect(given).toBeFocused();
    await expect(given).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toBeFocused();
  });
  await test.step("on to Medications, which opens on current repeat medication", async () => {
    const link = page.getByRole("link", { name: /^View medications \(current repeat medication\)$/ });
    await tabTo("View medications", () => link.evaluate((el) => el === document.activeElement));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}/medications$`));
    await expect(page.getByRole("heading", { level: 2, name: "Medications" })).toBeFocused();
    await expect(page.locator("table caption").first()).toHaveText("Current repeat medication");
    await expect(page.locator("table").first().locator("tbody tr").first()).toBeVisible();
  });
});
