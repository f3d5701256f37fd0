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

describe("PatientBanner on narrow screens", () => {
  const full = () =>
    patient({
      registeredPractice: {
        name: "Riverside Surgery",
        odsCode: "Y90001",
        phone: "01632 960001",
        outOfHours: "When closed, phone NHS 111.",
      },
      contacts: [{ id: "c1", name: "Tom KINDRED", role: "Next of kin", relationship: "Son", phone: "07700 900456" }],
      communicationNeeds: ["Interpreter required"],
    });
  /** The banner's narrow-screen disclosure (hidden from 1024 px up), and the rest of the banner's markup. */
  function split(html: string) {
    const match = /<details class="lg:hidden print:hidden" data-banner-more="">[\s\S]*?<\/details>/.exec(html);
    expect(match, "one narrow-screen disclosure").not.toBeNull();
    const inside = match![0];
    return { inside, outside: html.replace(inside, "") };
  }
  const textOf = (html: string) => render(<div dangerouslySetInnerHTML={{ __html: html }} />).text;

  it("folds the secondary details into one disclosure below 1024 px, labelled with what it holds [HZ-EVID:banner-secondary-details-folded]", () => {
    const { html } = render(<PatientBanner patient={full()} nameAs="h1" />);
    const { inside } = split(html);
    expect(inside).toMatch(/<summary[^>]*>Address, practice, out of hours, contacts \(1\), communication needs<\/summary>/);
    for (const shown of [
      "1 Example Street, Leeds, LS1 1AA",
      "GP practice Riverside Surgery (Y90001), phone 01632 960001",
      "Out of hours: When closed, phone NHS 111.",
      "Contacts: Tom KINDRED (Next of kin, Son) 07700 900456",
      "Communication needs: Interpreter required",
    ])
      expect(textOf(inside)).toContain(shown);
    // A patient with none of the optional details: the label names only what is there.
    expect(split(render(<PatientBanner patient={patient()} />).html).inside).toContain(">Address, practice</summary>");
  });

  it("never folds who the patient is, that they have died, or their care wishes [HZ-EVID:banner-signals-never-folded]", () => {
    const dead = { ...deceasedPatient(), communicationNeeds: ["Interpreter required"] };
    const { html } = render(
      <PatientBanner patient={dead} nameAs="h1">
        <p data-care-wishes="decision">DNACPR — 02-May-2026</p>
      </PatientBanner>,
    );
    const { inside, outside } = split(html);
    const outsideText = textOf(outside);
    for (const always of [
      "Deceased 03-Mar-2026",
      "JONES, Mary (Mrs)",
      dead.born,
      `NHS No. ${dead.nhsNumberDisplay}`,
      `Gender ${dead.gender}`,
      "DNACPR — 02-May-2026",
    ]) {
      expect(outsideText).toContain(always);
      expect(inside).not.toContain(always);
    }
    // Nothing that identifies the patient or signals risk is hidden at any width.
    const identity = html.slice(0, html.indexOf("</ul>"));
    expect(identity).not.toMatch(/hidden/);
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
