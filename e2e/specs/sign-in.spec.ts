import { expect, test } from "../support/fixtures";
import { landingPathFor } from "../../lib/domain/next-steps";
import { ROLE_LABELS, isRole } from "../../lib/domain/roles";
import { DEMO_USERS } from "../../prisma/demo-users";
import { signIn, signInAs } from "../support/sign-in";

test.describe("signing in", () => {
  for (const user of DEMO_USERS) {
    test(`${user.username} signs in and lands on their role's first page; their account is one click away`, async ({ page }) => {
      if (!isRole(user.role)) throw new Error(`unknown role ${user.role}`);
      await signInAs(page, user.username);
      if (landingPathFor(user.role) === "/patients") {
        await expect(page).toHaveURL(/\/patients$/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a patient");
      } else {
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("What you can do");
      }
      await page.getByRole("link", { name: `Your account: ${user.displayName}` }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
      const account = page.getByRole("definition");
      await expect(account.filter({ hasText: new RegExp(`^${ROLE_LABELS[user.role]}$`) })).toHaveCount(1);
      await expect(account.filter({ hasText: `(${user.organisationOdsCode})` })).toHaveCount(1);
    });
  }

  test("a wrong password shows a clear error and does not sign in", async ({ page }) => {
    await signIn(page, "ooh.gp", "not-the-password");
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText("username or password is not right");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("empty fields are named in the error summary and link to the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Enter your username" })).toHaveAttribute("href", "#username");
    await expect(summary.getByRole("link", { name: "Enter your password" })).toHaveAttribute("href", "#password");
  });

  test("repeated failures lock the account, even against the right password", async ({ page }) => {
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    // Each refusal is awaited, so every attempt reaches the server before the next one starts.
    for (let i = 0; i < 4; i++) {
      await signIn(page, "lockout.probe", `wrong-${i}`);
      await expect(summary).toContainText("The username or password is not right");
    }
    await signIn(page, "lockout.probe", "wrong-4");
    await expect(summary).toContainText("Your account is locked");
    await signIn(page, "lockout.probe");
    await expect(summary).toContainText("Your account is locked");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, "nurse");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toHaveText("You have signed out.");
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("signed out", () => {
  test("a protected page sends you to sign-in, and back there afterwards", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  });

  test("the health check is open to monitoring and reports the database and the MIG", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(health.headers()["cache-control"]).toBe("no-store");
    const body = (await health.json()) as { status: string; database: { ok: boolean }; mig: { ok: boolean } };
    expect(body).toMatchObject({ status: "ok", database: { ok: true }, mig: { ok: true } });
  });

  test("pages carry a nonce-based Content-Security-Policy and refuse to be framed", async ({ page }) => {
    const response = await page.goto("/sign-in");
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, "the policy carries a nonce").toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    // A fresh nonce per response, and Next's own scripts carry it, so the page still works.
    const again = (await page.request.get("/sign-in")).headers()["content-security-policy"];
    expect(again).not.toContain(nonce!);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });
});
