// About this service: reachable from the header of every page (signed out and signed in), says what the viewer is not,
// names the rule base's version and review dates, and passes axe.
import manifest from "../../lib/domain/medication-safety/rules/manifest.json";
import { formatDate } from "../../lib/domain/cui/format-date";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/sign-in";

async function expectAboutPage(page: import("@playwright/test").Page) {
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this service");
  await expect(page.getByText("It is not a replacement for the GP record.")).toBeVisible();
  await expect(page.getByText("It is not a complete interaction checker.")).toBeVisible();
  const versions = page.getByRole("definition");
  await expect(versions.filter({ hasText: new RegExp(`^${manifest.version.replace(/\./g, "\\.")}$`) })).toHaveCount(1);
  await expect(versions.filter({ hasText: new RegExp(`^${formatDate(manifest.reviewDue)}$`) })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Report a safety concern" })).toBeVisible();
}

test("the About page is linked from the sign-in page's header and passes axe [HZ-EVID:about-page-limitations]", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("banner").getByRole("link", { name: "About this service" }).click();
  await expectAboutPage(page);
  await expectNoAxeViolations(page, "About this service (signed out)");
});

test("the About page is linked from the header once signed in, and shows who is signed in", async ({ page }) => {
  await signInAs(page, "ae.doctor");
  await page.getByRole("banner").getByRole("link", { name: "About this service" }).click();
  await expectAboutPage(page);
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await expectNoAxeViolations(page, "About this service (signed in)");
});
