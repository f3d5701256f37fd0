import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoNhsNumber, SCENARIOS } from "../../mock-mig";
import { practiceOfIndex } from "../../mock-mig/population/practices";
import { errorCode, post, RECORD, recordParameters, schemaErrors, startMig, token } from "./helpers";
import { useMig } from "./use-mig";

const ordinaryPractice = practiceOfIndex(SCENARIOS.find((s) => s.id === "ordinary")!.index).odsCode;
const mig = useMig({ MIG_ADMIN: "1" });
let bearer: string;

beforeAll(async () => {
  bearer = await token();
});
beforeEach(async () => {
  await fetch(`${mig().url}/admin/faults`, { method: "DELETE" });
});

const setFault = async (fault: unknown, ods = ordinaryPractice) => {
  const res = await fetch(`${mig().url}/admin/faults/${ods}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });
  expect(res.status).toBe(200);
};
const record = () => post(mig(), RECORD, recordParameters(demoNhsNumber("ordinary")), bearer);

describe("practice faults", () => {
  it("offline → 503 PRACTICE_UNAVAILABLE, and back online after DELETE", async () => {
    await setFault({ offline: true });
    const res = await record();
    expect(res.status).toBe(503);
    expect(errorCode(res.text)).toBe("PRACTICE_UNAVAILABLE");
    await fetch(`${mig().url}/admin/faults/${ordinaryPractice}`, { method: "DELETE" });
    expect((await record()).status).toBe(200);
  });

  it("the shipped configuration has the demo practice offline, and reset restores it", async () => {
    const snapshot = (await (await fetch(`${mig().url}/admin/faults`)).json()) as { practices: Record<string, unknown> };
    expect(snapshot.practices["Y90143"]).toEqual({ offline: true });
    await fetch(`${mig().url}/admin/faults/Y90143`, { method: "DELETE" });
    expect((await post(mig(), RECORD, recordParameters(demoNhsNumber("offline-practice")), bearer)).status).toBe(200);
  });

  it("fixed latency delays the answer", async () => {
    await setFault({ latencyMs: 300 });
    const started = performance.now();
    expect((await record()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("random latency stays within its range", async () => {
    await setFault({ latencyMs: { min: 50, max: 120 } });
    const started = performance.now();
    expect((await record()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("errorRate 1 → 500 INTERNAL_SERVER_ERROR; errorRate 0 → fine", async () => {
    await setFault({ errorRate: 1 });
    const res = await record();
    expect(res.status).toBe(500);
    expect(errorCode(res.text)).toBe("INTERNAL_SERVER_ERROR");
    await setFault({ errorRate: 0 });
    expect((await record()).status).toBe(200);
  });

  it("timeoutRate 1 → waits timeoutMs then 504 PRACTICE_TIMEOUT", async () => {
    await setFault({ timeoutRate: 1, timeoutMs: 200 });
    const started = performance.now();
    const res = await record();
    expect(res.status).toBe(504);
    expect(errorCode(res.text)).toBe("PRACTICE_TIMEOUT");
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("malformedRate 1 → 200 with a body that is not JSON", async () => {
    await setFault({ malformedRate: 1 });
    const res = await record();
    expect(res.status).toBe(200);
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it("truncatedRate 1 → 200 with the Bundle cut off", async () => {
    await setFault({ truncatedRate: 1 });
    const res = await record();
    expect(res.status).toBe(200);
    expect(res.text.startsWith('{"resourceType":"Bundle"')).toBe(true);
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it('"*" applies to every practice without its own entry', async () => {
    await setFault({ offline: true }, "*");
    expect((await post(mig(), RECORD, recordParameters(demoNhsNumber("interactions")), bearer)).status).toBe(503);
  });

  it("admin refuses an invalid fault", async () => {
    const res = await fetch(`${mig().url}/admin/faults/${ordinaryPractice}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ errorRate: 7 }),
    });
    expect(res.status).toBe(422);
    expect(schemaErrors(await res.json())).toEqual([]);
  });
});

describe("faults from the environment", () => {
  it("MIG_FAULTS merges over the file", async () => {
    const other = await startMig({ MIG_FAULTS: JSON.stringify({ practices: { [ordinaryPractice]: { errorRate: 1 } } }) });
    try {
      expect((await post(other, RECORD, recordParameters(demoNhsNumber("ordinary")), bearer)).status).toBe(500);
      expect((await post(other, RECORD, recordParameters(demoNhsNumber("offline-practice")), bearer)).status).toBe(503);
    } finally {
      await other.close();
    }
  });
});
