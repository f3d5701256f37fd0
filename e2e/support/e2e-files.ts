// Files the end-to-end run shares between the server it starts and the after-suite checks.
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/** Both servers' output (app and mock MIG); outside test-results, which Playwright empties as a run starts. */
export const E2E_LOG_FILE = path.resolve(ROOT, process.env.E2E_LOG_FILE ?? ".data/e2e-server.log");
