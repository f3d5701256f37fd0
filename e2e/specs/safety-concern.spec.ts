// A safety concern reported from a patient's record is recorded with who, which patient, which page and what was
// seen, and the privacy officer (for the clinical safety officer) sees it and records a review. Both pages pass axe.
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { spaced } from "../support/patients";
import { demoPatient, findByNhsNumber } from "../support/record";
import { signInAs } from "../support/sign-in";

test("a clinician reports a safety concern from a record page and the privacy officer sees and reviews it [HZ-EVID:safety-concern-journey]", async ({
  page,
  browser,
}, testInfo) => {
  const patient = demoPatient(/^controlled-drug supplies issued before the previous ones ran out$/);
  // Unique per attempt, so a retry finds its own report.
  const concern = `Journey ${testInfo.testId}-${testInfo.retry}: the early-supply warning did not name the hospital.`;

  await test.step("from the patient's record, the header's link opens the report with the page and patient filled in", async () => {
    await signInAs(page, "ae.doctor");
    await findByNhsNumber(page, patient.nhsNumber);
    await expect(page).toHaveURL(new RegExp(`/patients/${patient.nhsNumber}`));
    await page.getByRole("banner").getByRole("link", { name: "Report a safety concern" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a safety concern");
    await expect(page.getByRole("definition").filter({ hasText: `NHS No. ${spaced(patient.nhsNumber)}` })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: new RegExp(`^/patients/${patient.nhsNumber}`) })).toBeVisible();
    await expectNoAxeViolations(page, "Report a safety concern");
  });

  await test.step("an empty report is refused on the form; a described one is recorded", async () => {
    await page.getByRole("button", { name: "Report the concern" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Describe what you saw" })).toBeVisible();
    await page.getByLabel("What did you see?").fill(concern);
    await page.getByRole("button", { name: "Report the concern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your concern has been recorded" })).toBeVisible();
  });

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  try {
    await test.step("the privacy officer finds it under Safety concerns: who, which patient, which page, what was seen", async () => {
      await signInAs(officer, "privacy.officer");
      await officer.goto("/audit");
      await officer.getByRole("navigation", { name: "Information governance" }).getByRole("link", { name: "Safety concerns" }).click();
      await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Safety concerns");
      const card = officer.getByTestId("safety-concern").filter({ hasText: concern });
      await expect(card).toHaveCount(1);
      // The patient named from the gateway next to the NHS number ("OLDROYD, Kerry Ann (Ms)" without the title).
      const named = `${patient.name.replace(/\s*\([^()]*\)$/, "")} (${spaced(patient.nhsNumber)})`;
      await expect(card.getByRole("heading", { name: `Dr Priya Raman – patient ${named}` })).toBeVisible();
      await expect(card).toContainText("(ae.doctor)");
      await expect(card).toContainText(`/patients/${patient.nhsNumber}`);
      await expectNoAxeViolations(officer, "Safety concerns");
    });

    await test.step("the review is recorded and the concern moves to the reviewed list", async () => {
      const card = officer.getByTestId("safety-concern").filter({ hasText: concern });
      await card.getByLabel("Reviewed: no change needed").check();
      await card.getByRole("button", { name: "Record review" }).click();
      await expect(card.getByText("Reviewed by")).toBeVisible();
      const reviewed = officer.getByRole("region", { name: "Reviewed concerns" });
      await expect(reviewed.getByTestId("safety-concern").filter({ hasText: concern })).toBeVisible();
    });

    await test.step("the report is in the audit trail", async () => {
      await officer.goto("/audit?action=SAFETY_CONCERN_REPORTED");
      await expect(officer.getByRole("table", { name: /Audit events/ })).toContainText(concern);
    });
  } finally {
    await officerContext.close();
  }
});
