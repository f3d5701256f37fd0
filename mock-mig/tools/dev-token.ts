// Prints a development bearer token for curl: npx tsx mock-mig/tools/dev-token.ts [ROLE] [CONSENT]
// Uses MIG_JWT_SECRET / MIG_AUDIENCE like the server. Valid for five minutes.

import { DEV_SECRET } from "../server/config";
import { ROLES, type Role } from "../server/token-claims";
import { signDevToken } from "./sign-token";

const [roleArg, consentArg] = process.argv.slice(2);
const role = (ROLES as readonly string[]).includes(roleArg ?? "") ? (roleArg as Role) : "AE_DOCTOR";
const consent = consentArg === "trace-only" || consentArg === "emergency-override" ? consentArg : "given";
signDevToken({ secret: process.env.MIG_JWT_SECRET ?? DEV_SECRET, audience: process.env.MIG_AUDIENCE ?? "mock-mig", role, consent })
  .then((token) => process.stdout.write(`${token}\n`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
