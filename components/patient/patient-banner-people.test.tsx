import { describe, expect, it } from "vitest";
import { render } from "@/test/builders/view-models/render";
import { patient as bannerPatient } from "@/test/builders/view-models/patient";
import { PatientBanner } from "./patient-banner";

describe("PatientBanner: contacts and communication needs", () => {
  it("shows communication needs and contacts with their role, relationship and phone", () => {
    const patient = bannerPatient({
      communicationNeeds: ["Preferred language: British Sign Language", "Interpreter required"],
      contacts: [{ id: "c1", name: "Tom KINDRED", role: "Next of kin", relationship: "Son", phone: "07700 900456" }],
    });
    const { text } = render(<PatientBanner patient={patient} />);
    expect(text).toContain("Communication needs: Preferred language: British Sign Language · Interpreter required");
    expect(text).toContain("Contacts (1) Tom KINDRED (Next of kin, Son) 07700 900456");
  });

  it("says nothing about either when none are recorded", () => {
    const { text } = render(<PatientBanner patient={bannerPatient({})} />);
    expect(text).not.toContain("Communication needs");
    expect(text).not.toContain("Contacts:");
  });
});
