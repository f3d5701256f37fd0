import { describe, expect, it } from "vitest";
import {
  encountersSection,
  immunisationsSection,
  investigationsSection,
  observationsSection,
  problemsSection,
  referralsSection,
  risksSection,
} from "@/test/builders/view-models/clinical";
import { complete, partial, PRACTICE } from "@/test/builders/view-models/common";
import { count, render } from "@/test/builders/view-models/render";
import { EncountersSection } from "./encounters";
import { ImmunisationsSection } from "./immunisations";
import { InvestigationsSection } from "./investigations";
import { ObservationsSection } from "./observations";
import { ProblemsSection } from "./problems";
import { ReferralsSection } from "./referrals";
import { RisksAndWarningsSection } from "./risks-and-warnings";

const empty = { completeness: complete(0), items: [] };

describe("ProblemsSection", () => {
  it("lists active problems major first, then past problems with their end date", () => {
    const { text } = render(<ProblemsSection section={problemsSection()} />);
    expect(text.indexOf("Type 2 diabetes mellitus Major")).toBeGreaterThan(-1);
    expect(text.indexOf("Type 2 diabetes mellitus")).toBeLessThan(text.indexOf("Asthma"));
    expect(text).toContain("Fractured left wrist Minor 01-May-2015 01-Feb-2018");
    expect(text).toContain("Showing all 2 problems");
  });

  it("states empty lists honestly", () => {
    const { text } = render(<ProblemsSection section={problemsSection({ active: [], past: [], completeness: complete(0) })} />);
    expect(text).toContain("No active problems recorded");
    expect(text).toContain("No past problems recorded");
  });
});

describe("EncountersSection", () => {
  it("shows when, what, who and why, with the out-of-hours tag and time", () => {
    const { html, text } = render(<EncountersSection section={encountersSection()} />);
    expect(count(html, 'scope="row"')).toBe(2);
    expect(text).toContain(
      "20-Nov-2026 02:15 Out of hours consultation Dr Ben Okafor Chest pain Harbour Out of Hours (Y90900) Out of hours",
    );
    expect(text).toContain("Surgery consultation Not recorded Diabetes review");
  });

  it("does not repeat the section heading over its only table", () => {
    const { html } = render(<EncountersSection section={encountersSection()} />);
    expect(html).toContain('class="sr-only">Encounters</caption>');
    expect(count(html, "<h3")).toBe(0);
  });

  it("says when a date filter hides older encounters", () => {
    const c = partial({ shown: 0, dateFilter: { from: "2026-01-01", to: "2026-11-25" } });
    const { text } = render(<EncountersSection section={{ completeness: c, items: [] }} />);
    expect(text).toContain("Showing items from 01-Jan-2026 to 25-Nov-2026 only.");
    expect(text).toContain("No encounters recorded from 01-Jan-2026 to 25-Nov-2026");
  });
});

describe("ObservationsSection", () => {
  it("shows values with abnormal flags in words", () => {
    const { text } = render(<ObservationsSection section={observationsSection()} />);
    expect(text).toContain("Blood pressure 168/96 mmHg High");
    expect(text).toContain("Body weight 82.4 kg 01-Oct-2026");
    expect(render(<ObservationsSection section={empty} />).text).toContain("No observations recorded");
  });
});

describe("InvestigationsSection", () => {
  it("lists results inside their investigation with flag and range, and the hospital tag", () => {
    const { text } = render(<InvestigationsSection section={investigationsSection()} />);
    expect(text).toContain("Full blood count 10-Sep-2026 Haemoglobin: 98 g/L Low (range 130 to 170)");
    expect(text).toContain("County General Hospital (RXX01) Hospital");
    expect(render(<InvestigationsSection section={empty} />).text).toContain("No investigations recorded");
  });
});

describe("ImmunisationsSection", () => {
  it("shows vaccine, date, dose and status", () => {
    expect(render(<ImmunisationsSection section={immunisationsSection()} />).text).toContain(
      "Influenza vaccine 02-Oct-2025 Dose 1 Completed",
    );
    expect(render(<ImmunisationsSection section={empty} />).text).toContain("No immunisations recorded");
  });
});

describe("ReferralsSection", () => {
  it("shows service, urgency, status and who referred to whom", () => {
    const { text } = render(<ReferralsSection section={referralsSection()} />);
    expect(text).toContain("Cardiology 01-Aug-2026 Urgent Active Palpitations From: Dr Asha Patel To: Not recorded");
  });

  it("names the practice to phone when referrals could not be fetched", () => {
    const { text } = render(
      <ReferralsSection section={{ completeness: partial({ shown: 0, sourceUnavailable: true }), items: [] }} practice={PRACTICE} />,
    );
    expect(text).toContain("Referrals could not be fetched from Riverside Surgery (Y90001)");
    expect(text).toContain("Phone the practice on 0113 496 0000");
  });
});

describe("RisksAndWarningsSection", () => {
  it("lists active warnings before ended ones", () => {
    const { text } = render(<RisksAndWarningsSection section={risksSection()} />);
    expect(text.indexOf("Lives alone; at risk of falls Active")).toBeGreaterThan(-1);
    expect(text.indexOf("Lives alone")).toBeLessThan(text.indexOf("Dog at the property Ended"));
    expect(render(<RisksAndWarningsSection section={empty} />).text).toContain("No risks or warnings recorded");
  });
});
