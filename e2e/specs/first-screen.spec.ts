// Ten seconds to what matters (issue 18): on a phone the tabs are one section menu and medication rows are cards; a
// clinician can get from sign-in to current medication with the keyboard alone. (The first screen of every demo patient
// at three sizes is in first-screen-every-patient.spec.ts.)
import scenarios from "../../mock-mig/scenarios.json";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { recordConsent } from "../support/record";
import { signInAs } from "../support/sign-in";

type Scenario = { nhsNumber: string; name: string; demonstrates: string[] };
const PATIENTS = scenarios as Scenario[];
const demonstrates = (p: Scenario, what: RegExp) => p.demonstrates.some((d) => what.test(d));

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
