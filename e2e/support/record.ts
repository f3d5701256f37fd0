import { expect, type Page } from "@playwright/test";
import scenarios from "../../mock-mig/scenarios.json";

type Scenario = { nhsNumber: string; name: string; demonstrates: string[] };

/** A documented demo patient, found by what it demonstrates, so tests follow mock-mig/scenarios.json. */
export function demoPatient(match: RegExp): Scenario {
  const found = (scenarios as Scenario[]).find((s) => s.demonstrates.some((d) => match.test(d)));
  if (!found) throw new Error(`no demo patient demonstrates ${match}`);
  return found;
}

/** On Find a patient: type the NHS number and submit the search (one form submission). */
export async function searchByNhsNumber(page: Page, nhsNumber: string) {
  await page.getByLabel("NHS number").fill(nhsNumber);
  await page.getByRole("button", { name: "Search", exact: true }).first().click();
}

export async function findByNhsNumber(page: Page, nhsNumber: string) {
  await page.goto("/patients");
  await searchByNhsNumber(page, nhsNumber);
}

export async function recordConsent(page: Page) {
  await page.getByLabel("The patient has given permission to view their GP record").check();
  await page.getByRole("button", { name: "Record and open record" }).click();
  await expect(page.getByRole("navigation", { name: "Record sections" })).toBeVisible();
  // The section (or its failure banner) has arrived: a click now does not abandon it half-delivered.
  await expect(page.locator("[data-audit-event], [data-error-code]").first()).toBeVisible();
}

export async function openRecordWithConsent(page: Page, nhsNumber: string) {
  await findByNhsNumber(page, nhsNumber);
  await expect(page).toHaveURL(new RegExp(`/patients/${nhsNumber}`));
  await recordConsent(page);
}

export async function recordRefusal(page: Page) {
  await page.getByLabel("The patient refused permission").check();
  await page.getByRole("button", { name: "Record refusal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "refused permission" })).toBeVisible();
}

export async function recordEmergencyOverride(page: Page, reason: string, explanation: string) {
  await page.getByLabel("Emergency: the patient cannot give permission and I need the record now").check();
  await page.getByLabel("Reason", { exact: true }).selectOption(reason);
  await page.getByLabel("Explain why you need the record without permission").fill(explanation);
  await page.getByRole("button", { name: "Record override and open record" }).click();
  await expect(page.getByText("Emergency override in use")).toBeVisible();
}

/** Waits until the open section has finished loading (no skeletons left). */
export async function expectSectionLoaded(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 2, name: title }).first()).toBeVisible();
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}
