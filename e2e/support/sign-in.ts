import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-users";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, username: string) {
  await signIn(page, username);
  // Password hashing is deliberately slow; on a busy machine the first sign-in of a run can take over 10 s.
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 30_000 });
}
