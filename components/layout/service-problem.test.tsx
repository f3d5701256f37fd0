import { describe, expect, it } from "vitest";
import { render } from "@/test/builders/view-models/render";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";

describe("pages when the service itself fails (database down)", () => {
  const driverError = Object.assign(new Error("PrismaClientKnownRequestError: connect ECONNREFUSED 127.0.0.1:5432"), { digest: "123" });

  it("say the service is unavailable in the app's own words, and never the error's", () => {
    const { text } = render(<ErrorPage error={driverError} reset={() => undefined} />);
    expect(text).toContain("The service is having a problem");
    expect(text).toContain("The service is not available at the moment.");
    expect(text).toContain("phone the patient's GP practice");
    expect(text).not.toMatch(/Prisma|ECONNREFUSED|5432|digest|123/);
  });

  it("the last-resort page (root layout failed) says the same", () => {
    const { text } = render(<GlobalError />);
    expect(text).toContain("The service is having a problem");
  });
});
