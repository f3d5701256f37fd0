// Which database this process talks to, decided once from the environment (docs/architecture.md, "Conventions"):
// DATABASE_URL set → that PostgreSQL; unset → embedded PGlite in PGLITE_DIR (default ./.data/pglite).
import path from "node:path";

export const DEFAULT_PGLITE_DIR = path.join(".data", "pglite");

export type DatabaseTarget = { readonly kind: "postgres"; readonly url: string } | { readonly kind: "pglite"; readonly dataDir: string };

export function resolveDatabaseTarget(env: Readonly<Record<string, string | undefined>> = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  const dir = env.PGLITE_DIR?.trim() || DEFAULT_PGLITE_DIR;
  // turbopackIgnore: a path built from cwd at run time would otherwise make Turbopack trace the whole project.
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir) };
}

/** For logs: never print a password from DATABASE_URL. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite at ${target.dataDir}`;
  try {
    const url = new URL(target.url);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "PostgreSQL (unparseable DATABASE_URL)";
  }
}
