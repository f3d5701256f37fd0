// Ten seconds to what matters (issue 18): at a laptop (1366×768), a tablet (768×1024) and a phone (390×844), the
// first screen of every demo patient's Summary shows the allergies and the start of current medication, and axe finds
// nothing (the keyboard-only journey to current medication is in first-screen.spec.ts). One signed-in page per screen
// size, with its own user, so every demo patient is opened afresh (the consent form each time). One test per
// screen size (about a minute each), so a failure names its size. Evidence for hazard HZ-023 (docs/record-layout.md).
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
// 22 patients, each with a consent form and an axe scan: generous for a loaded CI machine.
const TIMEOUT = 180_000;

test.describe("at 1366×768 (laptop)", () => {
  test.use({ viewport: { width: LAPTOP.width, height: LAPTOP.height } });
  test(`${TITLE} [HZ-EVID:first-screen-every-patient-laptop]`, async ({ page }) => {
    test.setTimeout(TIMEOUT);
    await checkEveryDemoPatient(page, LAPTOP);
  });
});

test.describe("at 768×1024 (tablet)", () => {
  test.use({ viewport: { width: TABLET.width, height: TABLET.height } });
  test(`${TITLE} [HZ-EVID:first-screen-every-patient-tablet]`, async ({ page }) => {
    test.setTimeout(TIMEOUT);
    await checkEveryDemoPatient(page, TABLET);
  });
});

test.describe("at 390×844 (phone)", () => {
  test.use({ viewport: { width: PHONE.width, height: PHONE.height } });
  test(`${TITLE} [HZ-EVID:first-screen-every-patient-phone]`, async ({ page }) => {
    test.setTimeout(TIMEOUT);
    await checkEveryDemoPatient(page, PHONE);
  });
});
