import { describe, expect, it } from "vitest";
import { deceasedPatient, patient } from "@/test/builders/view-models/patient";
import { render } from "@/test/builders/view-models/render";
import { PatientBanner, PatientResult } from "./patient-banner";

describe("PatientBanner", () => {
  it("shows the CUI name, born with age, NHS number, gender and practice", () => {
    const { html, text } = render(<PatientBanner patient={patient()} nameAs="h1" />);
    expect(html).toContain("<h1");
    expect(text).toContain(
      "SMITH, Richard (Mr) Born 14-Jul-1945 (81y) NHS No. 900 000 0009 Gender Male GP practice Riverside Surgery (Y90001)",
    );
    expect(text).toContain("1 Example Street, Leeds, LS1 1AA · Usual GP Dr Asha Patel");
    expect(html).not.toContain("Deceased");
    expect(html).toContain('aria-label="Patient details"');
  });

  it("shows a deceased patient unmistakably: black banner, 'Deceased' and the date of death", () => {
    const { html, text } = render(<PatientBanner patient={deceasedPatient()} />);
    expect(html).toContain('data-deceased="true"');
    expect(html).toContain("bg-nhs-black");
    expect(html).toContain('aria-label="Patient details: deceased"');
    expect(text).toMatch(/^Deceased 03-Mar-2026 JONES, Mary \(Mrs\) Born 02-Feb-1930 \(died aged 96y\)/);
  });

  it("still flags a deceased patient whose date of death is unknown", () => {
    const { text } = render(
      <PatientBanner patient={patient({ deceased: { date: { iso: null, precision: null, display: "Not recorded", sortKey: null } } })} />,
    );
    expect(text).toContain("Deceased (date of death not recorded)");
  });

  it("flags an NHS number that fails the check digit instead of hiding it", () => {
    const { text } = render(
      <PatientBanner patient={patient({ nhsNumber: "1234567890", nhsNumberDisplay: "123 456 7890", nhsNumberValid: false })} />,
    );
    expect(text).toContain("NHS No. 123 456 7890 Invalid NHS number: check digit does not match");
  });

  it("says when the registered practice is not recorded", () => {
    expect(render(<PatientBanner patient={patient({ registeredPractice: null })} />).text).toContain("GP practice not recorded");
  });
});

describe("PatientResult", () => {
  it("is one line with a link to the patient", () => {
    const { html, text } = render(<PatientResult patient={patient()} href="/patients/9000000009" />);
    expect(html).toContain('href="/patients/9000000009"');
    expect(text).toBe("SMITH, Richard (Mr) Born 14-Jul-1945 (81y) NHS No. 900 000 0009 Gender Male LS1 1AA");
  });

  it("tags a deceased patient in the results", () => {
    expect(render(<PatientResult patient={deceasedPatient()} />).text).toContain("JONES, Mary (Mrs) Deceased 03-Mar-2026");
  });
});
