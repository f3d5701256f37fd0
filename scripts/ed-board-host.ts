// The simulated host system's identity (DEVELOPMENT ONLY): its ES256 signing key, made on first start and kept in
// .data/dev-launch-host-key.json (never committed, never for production), its issuer, and its registration in
// the viewer's launch hosts file. Shared by the board (scripts/ed-board.ts), `npm start` and the tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";

const ROOT = path.resolve(__dirname, "..");
export const DEV_HOST_KEY_FILE = path.join(ROOT, ".data", "dev-launch-host-key.json");
export const DEV_HOST_NAME = "Emergency Department board (simulated, development only)";
export const DEV_HOST_KID = "dev-ed-board-es256";

export const edBoardPort = (env: NodeJS.ProcessEnv = process.env) => Number(env.ED_BOARD_PORT ?? 5010);
/** The board's issuer: its own URL. */
export const edBoardIssuer = (port: number) => `http://localhost:${port}`;

export type DevHostKey = { privateKey: CryptoKey; publicJwk: JWK };

/** The development key pair: read from the file, or generated and written there (mode 600) on first use. */
export async function devHostKey(file: string = DEV_HOST_KEY_FILE): Promise<DevHostKey> {
  let privateJwk: JWK;
  if (existsSync(file)) {
    privateJwk = JSON.parse(readFileSync(file, "utf8")) as JWK;
  } else {
    const pair = await generateKeyPair("ES256", { extractable: true });
    privateJwk = { ...(await exportJWK(pair.privateKey)), kid: DEV_HOST_KID, alg: "ES256", use: "sig" };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d: _private, ...publicJwk } = privateJwk;
  return { privateKey: (await importJWK(privateJwk, "ES256")) as CryptoKey, publicJwk };
}

/** The board's entry in the viewer's hosts file (the format README "Opening from a host system" documents). */
export function devHostRegistration(port: number) {
  return {
    issuer: edBoardIssuer(port),
    name: DEV_HOST_NAME,
    jwksUri: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    // The ED's own doctors, and ambulance crews handing over at the ED.
    allowedRoles: ["AE_DOCTOR", "PARAMEDIC"],
    allowedOrganisations: ["R9A", "R9Y"],
    provisionUsers: true,
  };
}
