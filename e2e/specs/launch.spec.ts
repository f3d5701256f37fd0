import { sectionTitle } from "../../lib/domain/record/section-registry/meta";
// Opening the GP record from a host system (issue 17): on the simulated Emergency Department board, one click on
// "Open GP record" opens the viewer signed in as that clinician, on that patient's record, with no sign-in, search or
// form. A paramedic lands on care wishes. A token changed on its way is refused on a page that says why, and passes
// axe. The privacy officer sees the launch and can filter launched access.
import { drug } from "../../mock-mig/clinical/drug-catalogue";
import { expectNoAxeViolations } from "../support/axe";
import { ED_BOARD_URL } from "../support/ed-board";
import { expect, test } from "../support/fixtures";
import { demoPatient } from "../support/record";
import { signInAs } from "../support/sign-in";

const ordinary = demoPatient(/^ordinary patient$/);
const careWishesPatient = demoPatient(/^DNACPR and ReSPECT$/);
/** A current repeat of the ordinary demo patient (mock-mig/clinical/demo-records.ts). */
const CURRENT_MEDICATION = drug("amlodipine-5mg-tab").name;

const openButton = (page: import("@playwright/test").Page, name: string) =>
  page.getByRole("button", { name: `Open GP record for ${name}` });

test("from the ED board an A&E doctor opens the GP record and sees current medication in one click [HZ-EVID:launch-e2e-one-click]", async ({
  page,
}) => {
  await page.goto(ED_BOARD_URL);
  await expect(page.getByRole("heading", { name: "Emergency Department board" })).toBeVisible();
  // The one action.
  await openButton(page, ordinary.name).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${ordinary.nhsNumber}$`));
  await expect(page.getByRole("region", { name: "Current repeat medication" }).getByText(CURRENT_MEDICATION).first()).toBeVisible();
  // As the right clinician, with no "why are you looking" form: the host asserted the relationship.
  await expect(page.getByTestId("signed-in-user")).toContainText("Dr Priya Raman");
  await expect(page.getByText("Why are you looking at this record?")).toHaveCount(0);
});

test("a paramedic launched from the board lands on the patient's care wishes", async ({ page }) => {
  await page.goto(`${ED_BOARD_URL}/?as=paramedic`);
  await openButton(page, careWishesPatient.name).click();
  // The record's own address shows care wishes for a paramedic, decided on the server.
  await expect(page).toHaveURL(new RegExp(`/patients/${careWishesPatient.nhsNumber}$`));
  await expect(
    page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: sectionTitle("end-of-life") }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("signed-in-user")).toContainText("Sam Whitlow");
});

test("a launch token changed on its way is refused on a page that says why, and passes axe [HZ-EVID:launch-e2e-tampered-refused]", async ({
  page,
  baseURL,
}) => {
  // Swap another patient's NHS number into the signed token as it is posted to the viewer.
  await page.route(`${baseURL}/launch`, async (route) => {
    const form = new URLSearchParams(route.request().postData() ?? "");
    const [header, payload, signature] = (form.get("launch_token") ?? "").split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
    const tampered = Buffer.from(JSON.stringify({ ...claims, nhs_number: careWishesPatient.nhsNumber })).toString("base64url");
    form.set("launch_token", `${header}.${tampered}.${signature}`);
    await route.continue({ postData: form.toString() });
  });
  await page.goto(ED_BOARD_URL);
  await openButton(page, ordinary.name).click();
  await expect(page).toHaveURL(/\/launch\/refused\?why=bad-signature$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "The GP record was not opened: the launch was not signed by your system" }),
  ).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "did not carry a valid signature" })).toContainText(
    /the attempt has been recorded/i,
  );
  await expect(page.getByText(careWishesPatient.nhsNumber)).toHaveCount(0);
  await expectNoAxeViolations(page, "launch refused");
});

test("the privacy officer tells launched access from searched access and filters on it", async ({ page }) => {
  await signInAs(page, "privacy.officer");
  await page.goto("/audit?via=launch");
  const rows = page.getByRole("table", { name: /audit events/i }).getByRole("row");
  await expect(rows.filter({ hasText: "Opened from a host system" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "legitimate relationship asserted by Emergency Department board" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Launch from a host system refused" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Patient search" })).toHaveCount(0);
  await page.goto("/audit?via=search");
  await expect(
    page
      .getByRole("table", { name: /audit events/i })
      .getByRole("row")
      .filter({ hasText: "Opened from a host system" }),
  ).toHaveCount(0);
});
