import { describe, expect, it } from "vitest";
import { errorBody } from "@/lib/domain/errors";
import { ErrorBanner, isRetryable } from "./error-banner";
import { render } from "@/test/builders/view-models/render";

describe("ErrorBanner", () => {
  it("is an alert with the specific title, action, detail and code", () => {
    const { html, text } = render(
      <ErrorBanner error={errorBody("PRACTICE_TIMEOUT", "Riverside Surgery (Y90001) took over 10 seconds.").error} context="Medications" />,
    );
    expect(html).toContain('role="alert"');
    expect(text).toContain("Medications The patient's GP practice did not answer in time");
    expect(text).toContain("Try again. If it keeps happening, phone the practice.");
    expect(text).toContain("Details: Riverside Surgery (Y90001) took over 10 seconds.");
    expect(text).toContain("Error code: PRACTICE_TIMEOUT");
  });

  it("offers a retry for a failure that may pass", () => {
    const { text } = render(<ErrorBanner error={errorBody("MIG_UNAVAILABLE").error} onRetry={() => undefined} />);
    expect(text).toContain("Try again");
    expect(text).toMatch(/Error code: MIG_UNAVAILABLE Try again$/);
  });

  it("offers no retry for a refusal, even when given a handler", () => {
    const { html } = render(<ErrorBanner error={errorBody("CONSENT_REFUSED").error} onRetry={() => undefined} />);
    expect(html).not.toContain("<button");
    expect(isRetryable("PATIENT_NOT_FOUND")).toBe(false);
    expect(isRetryable("PRACTICE_UNAVAILABLE")).toBe(true);
  });
});
