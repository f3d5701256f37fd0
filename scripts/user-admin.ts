// npm run user:admin -- end-sessions <username>     ends every session of the user at once (audited)
// npm run user:admin -- set-password <username>     reads a new password from standard input; also ends every
//                                                    session and lifts a lock (audited)
// For an administrator at the server, on the database the environment selects (DATABASE_URL, else PGlite in
// PGLITE_DIR; on PGlite stop `npm start` first). Runs with the "react-server" condition so the server modules
// it shares with the app load outside Next.js.
import { changePassword, endAllSessionsOf } from "../lib/server/auth/account-admin";
import { getPrisma } from "../lib/server/db";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main(): Promise<number> {
  const [command, username] = process.argv.slice(2);
  if (!username || (command !== "end-sessions" && command !== "set-password")) {
    console.error("usage: npm run user:admin -- end-sessions|set-password <username>");
    return 64;
  }
  const user = await getPrisma().user.findUnique({ where: { username: username.toLowerCase() } });
  if (!user) {
    console.error(`user:admin: no user ${username}`);
    return 1;
  }
  if (command === "end-sessions") {
    const ended = await endAllSessionsOf(user.id);
    console.log(`user:admin: ended ${ended} open session${ended === 1 ? "" : "s"} of ${user.username}`);
  } else {
    await changePassword(user.id, await readStdin(), { userId: null, username: "system", role: null, organisationOds: null });
    console.log(`user:admin: password of ${user.username} changed; every session ended`);
  }
  return 0;
}

main()
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error("user:admin failed:", error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  )
  .finally(() => getPrisma().$disconnect());
