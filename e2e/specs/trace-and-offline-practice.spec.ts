// Issue 18 journeys: finding a patient from a misspelt last name and a year of birth (a PDS-style trace), and a
// practice that is offline still leaving the clinician a number to ring and a labelled central summary to read.
import { expect, test } from "../support/fixtures";
import { demoPatient, openRecordWithConsent } from "../support/record";
import { signInAs } from "../support/sign-in";

test("[HZ-EVID:trace-fuzzy-journey] an A&E doctor finds a patient from a misspelt last name and a year of birth", async ({ page }) => {
  const patient = demoPatient(/^ordinary patient$/); // ARKWRIGHT, David John, born 14-Mar-1968
  await test.step("sign in and open the name search", async () => {
    await signInAs(page, "ae.doctor");
    await page.goto("/patients");
    await page.getByText("Search by name instead").click();
  });
  await test.step("type the last name as heard, the first name and only the year of birth", async () => {
    const form = page.getByRole("form", { name: "Search by name" });
    await form.getByLabel("Last name").fill("Arkwrite");
    await form.getByLabel("First name").fill("David");
    await form.getByLabel("Year").fill("1968");
    await form.getByRole("button", { name: "Search" }).click();
  });
  await test.step("the patient is among ten or fewer candidates, each difference named", async () => {
    await expect(page.getByRole("heading", { name: /patients? found/ })).toBeVisible();
    const candidates = page.getByTestId("search-candidate");
    expect(await candidates.count()).toBeLessThanOrEqual(10);
    const david = candidates.filter({ hasText: patient.name });
    await expect(david).toContainText("Last name is ARKWRIGHT: you typed Arkwrite");
    await expect(david).toContainText("Only part of the date of birth was typed: check it is 14-Mar-1968");
    await expect(david).toContainText(/Postcode district [A-Z]{1,2}\d/);
    await expect(david).toContainText(/Registered at /);
    await david.getByRole("link", { name: patient.name }).click();
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}`));
  });
});

test("a name search that finds nobody suggests a next step, not the search just made", async ({ page }) => {
  await signInAs(page, "ae.doctor");
  await page.goto("/patients");
  await page.getByText("Search by name instead").click();
  const form = page.getByRole("form", { name: "Search by name" });
  await form.getByLabel("Last name").fill("Zzyzzyx");
  await form.getByLabel("First name").fill("Quentin");
  await form.getByLabel("Day").fill("14");
  await form.getByLabel("Month").fill("3");
  await form.getByLabel("Year").fill("1968");
  await form.getByRole("button", { name: "Search" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "No patient found" });
  await expect(alert).toBeVisible();
  await expect(alert.getByTestId("search-next-steps")).toContainText("Try the year of birth alone");
  await expect(alert).not.toContainText("search by name, date of birth");
});

test("[HZ-EVID:offline-practice-journey] an offline practice leaves a phone number and a labelled central summary", async ({ page }) => {
  const patient = demoPatient(/practice offline/); // practice Y90143, phone 01632 960142
  await signInAs(page, "ooh.gp");
  await openRecordWithConsent(page, patient.nhsNumber);
  await test.step("the banner and the failure message carry the practice's phone number", async () => {
    const banner = page.getByRole("region", { name: "Patient details" });
    await expect(banner).toContainText("phone 01632 960142");
    await banner.getByText("When the practice is closed").click();
    await expect(banner.locator("[data-out-of-hours] p")).toBeVisible();
    const failure = page.getByRole("alert").filter({ hasText: "GP practice system is not available" });
    await expect(failure).toContainText("Y90143), phone 01632 960142");
  });
  await test.step("the central summary is shown instead, labelled and dated", async () => {
    const summary = page.getByTestId("central-summary");
    await expect(summary.getByRole("heading", { name: "Central summary — not the live GP record" })).toBeVisible();
    await expect(summary.getByTestId("central-summary-age")).toHaveText(
      /^Last updated \d{2}-[A-Z][a-z]{2}-\d{4} \((\d+ days? old|updated today)\)$/,
    );
    await expect(summary).toContainText("This is not the live GP record");
    await expect(summary.getByRole("heading", { name: "Allergies and adverse reactions" })).toBeVisible();
    await expect(summary.getByRole("heading", { name: "Current repeat medication" })).toBeVisible();
  });
});
