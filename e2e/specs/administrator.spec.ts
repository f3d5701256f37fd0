// The administrator's page: reached from the landing page, service health in words (not raw JSON), the accounts,
// lock-outs to clear; and it passes axe. No clinical record is reachable from it.
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/sign-in";

test("the administrator opens service health and accounts from the landing page, rendered for people", async ({ page }) => {
  await signInAs(page, "admin");
  await page.getByRole("link", { name: "Service health and accounts" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service health and accounts");
  await test.step("health is said in words for each dependency", async () => {
    await expect(page.getByRole("heading", { level: 2, name: /^Service health: / })).toBeVisible();
    for (const name of ["Database", "Gateway (MIG)", "Medication safety checks"])
      await expect(page.getByRole("term").filter({ hasText: name })).toBeVisible();
    await expect(
      page
        .getByRole("definition")
        .filter({ hasText: /Working \(answered in \d+ ms\)/ })
        .first(),
    ).toBeVisible();
  });
  await test.step("the accounts are listed, and the lock-outs section says what clearing does", async () => {
    const table = page.getByRole("table", { name: "Accounts that can sign in" });
    await expect(table.getByRole("row").filter({ hasText: "ae.doctor" })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 2, name: /^Lock-outs \(\d+\)$/ })).toBeVisible();
  });
  await expectNoAxeViolations(page, "Service health and accounts");
});
