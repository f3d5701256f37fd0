// The mock MIG as a Vitest fixture (kept apart from helpers.ts, which the benchmarks import outside Vitest).
import { afterAll, beforeAll } from "vitest";
import { startMig, type RunningMig } from "./helpers";

/**
 * One mock MIG for the enclosing test file or describe block: started before its tests, closed after. With
 * `forApp`, the app's MIG client is pointed at it (MIG_URL), for tests of the app's routes and pages.
 */
export function useMig(env: Record<string, string> = {}, options: { forApp?: boolean } = {}): () => RunningMig {
  let mig: RunningMig | undefined;
  beforeAll(async () => {
    mig = await startMig(env);
    if (options.forApp) process.env.MIG_URL = mig.url;
  });
  afterAll(async () => {
    await mig?.close();
  });
  return () => {
    if (!mig) throw new Error("the mock MIG is not running");
    return mig;
  };
}
