import { expect, test } from "../support/fixtures";
import { demoPatient, openRecordWithConsent } from "../support/record";
import { signInAs } from "../support/sign-in";

test("an A&E doctor sees controlled drugs supplied early, with each organisation and date, and what could not be checked [HZ-EVID:cd-early-supply-journey] [HZ-EVID:med-not-checked-listed]", async ({
  page,
}) => {
  const patient = demoPatient(/^controlled-drug supplies issued before the previous ones ran out$/);
  await test.step("open the overdose-story patient's record", async () => {
    await signInAs(page, "ae.doctor");
    await openRecordWithConsent(page, patient.nhsNumber);
  });
  const panel = page.getByTestId("medication-safety");
  await test.step("the panel counts findings by severity and leads with a severe one", async () => {
    await expect(panel.getByRole("heading", { name: /Medication safety: \d+ severe/ })).toBeVisible();
  });
  await test.step("the early-supply finding names every organisation and date", async () => {
    const early = panel
      .locator("li, div")
      .filter({ hasText: /supplied early: \d+ of \d+ issues between .* from [23] organisations/ })
      .last();
    await expect(early).toBeAttached();
    const text = (await early.textContent()) ?? "";
    const lines = [...text.matchAll(/(\d{2}-[A-Z][a-z]{2}-\d{4}): [^;]+? from ([^;]+?\))(?: —|;|\.)/g)];
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(new Set(lines.map((l) => l[2])).size).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/\d+ days before the previous supply should have run out/);
  });
  await test.step("a medicine the checks cannot identify is listed as not checked", async () => {
    await expect(panel).toContainText(/1 medicine could not be checked: arnica 30C pillules/i);
    await expect(panel).toContainText("This is not a complete interaction check.");
  });
});
