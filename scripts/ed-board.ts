// npm run host — a simulated host system (DEVELOPMENT ONLY): an "Emergency Department board" listing booked-in
// demo patients, each with an "Open GP record" button. A click signs a fresh launch token (ES256, the development
// key in .data/dev-launch-host-key.json) for the board's signed-in clinician and that patient, and posts it to the
// viewer's /launch: the GP record opens in one action. The board publishes its public key at
// /.well-known/jwks.json, where the viewer's registration (LAUNCH_HOSTS_FILE, written by `npm start`) points.
//
// Environment: ED_BOARD_PORT (5010), VIEWER_URL (NEXTAUTH_URL, else http://localhost:3000).
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { SignJWT } from "jose";
import scenarios from "../mock-mig/scenarios.json";
import { devHostKey, DEV_HOST_KID, edBoardIssuer, edBoardPort } from "./ed-board-host";

const port = edBoardPort();
const viewer = (process.env.VIEWER_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
const issuer = edBoardIssuer(port);
const LIFETIME_SECONDS = 60;

/** Who can be signed in to the board (synthetic SDS user ids: the demo users', and one the viewer does not know yet). */
const BOARD_USERS = [
  { id: "ae-doctor", sub: "900000000001", name: "Dr Priya Raman", role: "AE_DOCTOR", ods: "R9A", label: "Dr Priya Raman, A&E doctor" },
  { id: "paramedic", sub: "900000000004", name: "Sam Whitlow", role: "PARAMEDIC", ods: "R9Y", label: "Sam Whitlow, paramedic (handover)" },
  {
    id: "locum",
    sub: "900000000091",
    name: "Dr Ola Adebayo",
    role: "AE_DOCTOR",
    ods: "R9A",
    label: "Dr Ola Adebayo, locum A&E doctor (no viewer account yet)",
  },
] as const;

type Scenario = { nhsNumber: string; name: string; demonstrates: string[] };
const BOOKED_IN: { nhs: string; time: string; complaint: string }[] = [
  { nhs: "9681174003", time: "08:12", complaint: "Chest pain" },
  { nhs: "9663944528", time: "08:40", complaint: "Fall at home, confused" },
  { nhs: "9663067209", time: "09:05", complaint: "Melaena, on warfarin" },
  { nhs: "9676088641", time: "09:31", complaint: "Rash after new antibiotic" },
  { nhs: "9662039244", time: "09:58", complaint: "Overdose, intent unclear" },
  { nhs: "9671504140", time: "10:20", complaint: "Shortness of breath" },
];
const patients = BOOKED_IN.map((b) => ({ ...b, name: (scenarios as Scenario[]).find((s) => s.nhsNumber === b.nhs)?.name ?? "Unknown" }));

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const spaced = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;

function page(title: string, body: string, nonce: string, extraHead = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${extraHead}
<style nonce="${nonce}">body{font-family:Arial,sans-serif;margin:0;color:#212b32;background:#f0f4f5}header{background:#330072;color:#fff;padding:12px 24px}
main{padding:16px 24px}table{border-collapse:collapse;background:#fff;width:100%;max-width:1000px}th,td{text-align:left;padding:8px 12px;border-bottom:1px solid #d8dde0}
button{background:#007f3b;color:#fff;border:0;padding:8px 14px;font-size:16px;font-weight:bold;cursor:pointer}button:focus{outline:3px solid #ffeb3b}
.note{font-size:14px;max-width:1000px}</style></head><body>${body}</body></html>`;
}

function board(userId: string, nonce: string): string {
  const user = BOARD_USERS.find((u) => u.id === userId) ?? BOARD_USERS[0];
  const rows = patients
    .map(
      (p) => `<tr><td>${p.time}</td><td>${escape(p.name)}</td><td>${spaced(p.nhs)}</td><td>${escape(p.complaint)}</td>
<td><form method="post" action="/open"><input type="hidden" name="patient" value="${p.nhs}"><input type="hidden" name="as" value="${user.id}">
<button type="submit" aria-label="Open GP record for ${escape(p.name)}">Open GP record</button></form></td></tr>`,
    )
    .join("\n");
  const switcher = BOARD_USERS.map((u) =>
    u.id === user.id ? `<strong>${escape(u.label)}</strong>` : `<a href="/?as=${u.id}">${escape(u.label)}</a>`,
  ).join(" · ");
  return page(
    "Emergency Department board",
    `<header><h1>Emergency Department board</h1><p>Trent Valley University Hospitals (synthetic) · signed in as ${escape(user.label)}</p></header>
<main><p class="note">A simulated host system for development and tests: it signs launch tokens with a development key. Switch user: ${switcher}</p>
<h2>Booked in</h2><table><caption class="note">Patients booked in at this emergency department</caption>
<thead><tr><th scope="col">Arrived</th><th scope="col">Patient</th><th scope="col">NHS number</th><th scope="col">Presenting complaint</th><th scope="col">GP record</th></tr></thead>
<tbody>${rows}</tbody></table></main>`,
    nonce,
  );
}

async function launchToken(userId: string, nhs: string): Promise<string> {
  const user = BOARD_USERS.find((u) => u.id === userId) ?? BOARD_USERS[0];
  const { privateKey } = await devHostKey();
  return new SignJWT({ name: user.name, role: user.role, ods: user.ods, nhs_number: nhs, reason: "Booked in at this emergency department" })
    .setProtectedHeader({ alg: "ES256", kid: DEV_HOST_KID, typ: "JWT" })
    .setIssuer(issuer)
    .setSubject(user.sub)
    .setAudience(`${viewer}/launch`)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .setJti(randomUUID())
    .sign(privateKey);
}

/** The token goes to the viewer in a form post (never in a URL), submitted at once; a button if scripts are off. */
function autoPost(token: string, nonce: string): string {
  return page(
    "Opening the GP record",
    `<main><form id="launch" method="post" action="${escape(viewer)}/launch"><input type="hidden" name="launch_token" value="${escape(token)}">
<p>Opening the GP record…</p><noscript><button type="submit">Continue to the GP record</button></noscript></form>
<script nonce="${nonce}">document.getElementById("launch").submit();</script></main>`,
    nonce,
  );
}

async function readForm(request: http.IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > 4096) break;
  }
  return new URLSearchParams(body);
}

const server = http.createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? "/", issuer);
    const nonce = randomBytes(16).toString("base64");
    const headers = {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'self' ${viewer}`,
    };
    if (request.method === "GET" && url.pathname === "/.well-known/jwks.json") {
      const { publicJwk } = await devHostKey();
      response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "max-age=300" });
      response.end(JSON.stringify({ keys: [publicJwk] }));
    } else if (request.method === "GET" && url.pathname === "/") {
      response.writeHead(200, headers);
      response.end(board(url.searchParams.get("as") ?? "ae-doctor", nonce));
    } else if (request.method === "POST" && url.pathname === "/open") {
      const form = await readForm(request);
      const nhs = form.get("patient") ?? "";
      if (!patients.some((p) => p.nhs === nhs)) {
        response.writeHead(400, headers);
        response.end(page("Not on the board", "<main><p>That patient is not on the board.</p></main>", nonce));
        return;
      }
      response.writeHead(200, headers);
      response.end(autoPost(await launchToken(form.get("as") ?? "ae-doctor", nhs), nonce));
    } else {
      response.writeHead(404, headers);
      response.end(page("Not found", '<main><p>Not found. <a href="/">The board</a></p></main>', nonce));
    }
  })().catch(() => {
    response.writeHead(500, { "Content-Type": "text/plain" });
    response.end("The board could not do that.");
  });
});

server.listen(port, "0.0.0.0", () => {
  console.log(`[ed-board] Emergency Department board (development only): ${issuer}  ·  launches into ${viewer}/launch`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
