// Does `npm start` need to build the app? Yes when there is no build, when REBUILD=1, or when any source the build
// is made from is newer than the build (after a `git pull`, an edit, or `npm install`); otherwise the last build is
// served as it is. The decision is pure (tested in build-staleness.test.ts); the file walk feeds it.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export type BuildDecision = { build: boolean; reason: string };

export function buildDecision(input: {
  rebuild: boolean;
  builtAt: number | null;
  newestSource: { file: string; mtimeMs: number } | null;
}): BuildDecision {
  if (input.rebuild) return { build: true, reason: "REBUILD=1" };
  if (input.builtAt === null) return { build: true, reason: "no build yet" };
  if (input.newestSource && input.newestSource.mtimeMs > input.builtAt)
    return { build: true, reason: `${input.newestSource.file} is newer than the build` };
  return { build: false, reason: "the build is up to date" };
}

/** What the production build is made from: source folders and the files that configure the build. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

/** Tests are not part of the build, and generated registries are rewritten before every build. */
const IGNORED = /(\.test\.tsx?|\.int\.test\.ts|\.generated\.ts)$/;

export function newestSource(root: string, inputs: readonly string[] = BUILD_INPUTS): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(full)) if (entry !== "node_modules" && !entry.startsWith(".")) visit(path.join(relative, entry));
    } else if (!IGNORED.test(relative) && (newest === null || stat.mtimeMs > newest.mtimeMs)) {
      newest = { file: relative, mtimeMs: stat.mtimeMs };
    }
  };
  for (const input of inputs) visit(input);
  return newest;
}

/** When the current build was finished (its BUILD_ID is written last), or null when there is none. */
export function builtAt(root: string): number | null {
  const id = path.join(root, ".next", "BUILD_ID");
  return existsSync(id) ? statSync(id).mtimeMs : null;
}
