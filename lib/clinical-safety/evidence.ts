// Clinical safety evidence: the hazard log (docs/clinical-safety/hazard-log.yaml) names, for each control, the ids of
// the automated tests that prove it. A test carries an id as a tag in its title: `[HZ-EVID:some-id]` (Vitest and
// Playwright alike). This module finds the tags in the test files and reads the hazard log; it runs in Node only
// (tests and scripts), never in the app.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export const EVIDENCE_TAG = /\[HZ-EVID:([a-z0-9][a-z0-9-]*)\]/g;
export const TEST_ROOTS = ["lib", "components", "app", "mock-mig", "test", "e2e"];
const TEST_FILE = /\.(test|spec)\.tsx?$/;
// The call a tag sits in: it/test/describe with any modifiers (.skip, .todo, .fixme, .each(...), .concurrent…).
const CALL = /\b(x?it|x?test|x?describe|fit)((?:\.[A-Za-z]+)*)\s*(?:\.each\s*\(|\()/g;
const SKIPPING_MODIFIER = /\.(skip|todo|fixme|fail)\b/;
// A whole file or block switched off around the tag (conditional skipIf/runIf are reported by the run, not here).
const BLOCK_SKIP = /\b(describe|test\.describe|it|test)\.(skip|fixme|todo)\s*\(|\bx(describe|it|test)\s*\(/;

export type Severity = 1 | 2 | 3 | 4 | 5;
export type Likelihood = 1 | 2 | 3 | 4 | 5;
export interface RiskRating {
  severity: Severity;
  likelihood: Likelihood;
  risk: Severity;
}
export interface Control {
  id: string;
  description: string;
  evidence: string[];
}
export interface Hazard {
  id: string;
  title: string;
  source: string;
  cause: string;
  effect: string;
  harm: string;
  initial: RiskRating;
  residual: RiskRating;
  controls: Control[];
  status: "open" | "controlled" | "closed";
  gap?: string;
  review: string;
}
export interface HazardLog {
  version: string;
  reviewed: string;
  hazards: Hazard[];
}

/** The plan's risk matrix: RISK_MATRIX[severity - 1][likelihood - 1]. */
export const RISK_MATRIX: readonly (readonly number[])[] = [
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 3],
  [1, 2, 3, 3, 4],
  [2, 3, 3, 4, 5],
  [3, 4, 4, 5, 5],
];
export const riskOf = (severity: number, likelihood: number): number | undefined => RISK_MATRIX[severity - 1]?.[likelihood - 1];

export interface EvidenceTag {
  id: string;
  file: string;
  line: number;
  skipped: boolean;
  reason?: string;
}

export function readHazardLog(root: string): HazardLog {
  return parse(fs.readFileSync(path.join(root, "docs/clinical-safety/hazard-log.yaml"), "utf8")) as HazardLog;
}

function listTestFiles(root: string, dir: string, out: string[]): void {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return;
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const rel = path.join(dir, entry.name);
    // The checker's own tests hold example tags, not evidence.
    if (rel === path.join("lib", "clinical-safety")) continue;
    if (entry.isDirectory()) listTestFiles(root, rel, out);
    else if (TEST_FILE.test(entry.name)) out.push(rel);
  }
}

/** Every evidence tag in one test file's text, with whether the test that carries it is switched off. */
export function findTagsInSource(file: string, text: string): EvidenceTag[] {
  const tags: EvidenceTag[] = [];
  const fileSkips = BLOCK_SKIP.exec(text);
  for (const match of text.matchAll(EVIDENCE_TAG)) {
    const at = match.index ?? 0;
    const line = text.slice(0, at).split("\n").length;
    const before = text.slice(Math.max(0, at - 400), at);
    const calls = [...before.matchAll(CALL)];
    const call = calls.at(-1);
    let skipped = false;
    let reason: string | undefined;
    if (!call) {
      skipped = true;
      reason = "the tag is not in the title of a test";
    } else if ((call[1] ?? "").startsWith("x") || SKIPPING_MODIFIER.test(call[2] ?? "")) {
      skipped = true;
      reason = `the test is switched off (${call[0].replace(/\s*\($/, "")})`;
    } else if (fileSkips) {
      skipped = true;
      reason = `its file switches tests off (${fileSkips[0].replace(/\s*\($/, "")})`;
    }
    tags.push({ id: match[1] ?? "", file, line, skipped, ...(reason ? { reason } : {}) });
  }
  return tags;
}

export function findEvidenceTags(root: string): EvidenceTag[] {
  const files: string[] = [];
  for (const dir of TEST_ROOTS) listTestFiles(root, dir, files);
  return files.flatMap((file) => findTagsInSource(file, fs.readFileSync(path.join(root, file), "utf8")));
}

/** Everything wrong with the link between the hazard log and the tests; empty when the safety case holds. */
export function checkEvidence(log: HazardLog, tags: EvidenceTag[]): string[] {
  const problems: string[] = [];
  const carried = new Set(tags.map((t) => t.id));
  const named = new Set<string>();
  const ids = new Set<string>();
  for (const hazard of log.hazards) {
    if (ids.has(hazard.id)) problems.push(`${hazard.id}: the id is used twice`);
    ids.add(hazard.id);
    for (const [when, r] of [
      ["initial", hazard.initial],
      ["residual", hazard.residual],
    ] as const) {
      if (riskOf(r.severity, r.likelihood) !== r.risk)
        problems.push(`${hazard.id}: ${when} risk ${r.risk} is not the matrix's for severity ${r.severity} and likelihood ${r.likelihood}`);
    }
    const evidence = hazard.controls.flatMap((c) => c.evidence ?? []);
    if (hazard.status === "open") {
      if (!hazard.gap) problems.push(`${hazard.id}: an open hazard must say what is missing (gap)`);
    } else if (hazard.controls.length === 0) problems.push(`${hazard.id}: has no controls`);
    for (const control of hazard.controls) {
      if (hazard.status !== "open" && (control.evidence ?? []).length === 0)
        problems.push(`${hazard.id} ${control.id}: the control has no evidence`);
    }
    if (hazard.status !== "open" && evidence.length === 0) problems.push(`${hazard.id}: has no evidence`);
    for (const id of evidence) {
      named.add(id);
      if (!carried.has(id)) problems.push(`${hazard.id}: evidence "${id}" is carried by no test`);
    }
  }
  for (const tag of tags) {
    if (tag.skipped) problems.push(`${tag.file}:${tag.line}: evidence "${tag.id}" cannot prove anything: ${tag.reason}`);
    if (!named.has(tag.id)) problems.push(`${tag.file}:${tag.line}: evidence "${tag.id}" is named by no hazard`);
  }
  return problems;
}
