// The registry is the only list of the record's sections: every section has a descriptor, a component, a policy
// entry and a mapper (or, for the composed Summary, the sections it needs), and no other module lists sections.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canViewSection } from "../../access/policy";
import { ROLES } from "../../roles";
import { DATE_RANGE_MODES } from "./define-section";
import { isRecordSection, RECORD_SECTIONS, sectionMeta } from "./meta";
import { descriptorOf, SOURCE_SECTIONS } from "./registry";

const root = path.resolve(__dirname, "../../../..");
const SECTIONS_DIR = path.join(root, "lib/domain/record/sections");

describe("section registry", () => {
  it("indexes exactly the descriptor modules in lib/domain/record/sections, and the generated index is up to date", () => {
    const files = readdirSync(SECTIONS_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect([...RECORD_SECTIONS].sort()).toEqual(files.map((f) => f.replace(/\.ts$/, "")).sort());
    // Fails with "out of date: run npm run sections" when a descriptor was added or changed without indexing.
    execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/generate-section-registry.ts"), "--check"], {
      cwd: root,
      stdio: "pipe",
    });
  });

  it.each(RECORD_SECTIONS)("%s has a descriptor, a component, a policy entry and a mapper", (slug) => {
    const d = descriptorOf(slug);
    expect(d.slug).toBe(slug);
    expect(d.title.length).toBeGreaterThan(0);
    expect(DATE_RANGE_MODES).toContain(d.dateRange);
    expect(existsSync(path.join(root, "components/record/sections", `${slug}.tsx`))).toBe(true);
    expect(readFileSync(path.join(root, "components/record/sections", `${slug}.tsx`), "utf8")).toMatch(/export default function/);
    // Policy: every role gets a yes or no from the descriptor, and only social care depends on it.
    for (const role of ROLES) expect(typeof canViewSection(role, slug)).toBe("boolean");
    expect(canViewSection("SOCIAL_CARE", slug)).toBe(sectionMeta(slug).socialCare);
    if (d.kind === "source") {
      expect(typeof d.map).toBe("function");
      expect(d.alsoNeeds.every(isRecordSection)).toBe(true);
    } else {
      expect(d.needs.length).toBeGreaterThan(0);
      expect(d.needs.every(isRecordSection)).toBe(true);
    }
  });

  it("gives every section its own view-model key and its own List codes", () => {
    const keys = SOURCE_SECTIONS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    const codes = SOURCE_SECTIONS.flatMap((d) => Object.values(d.lists));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("is the only module that lists sections", () => {
    const slugs = [...RECORD_SECTIONS, ...SOURCE_SECTIONS.map((d) => d.key)];
    const quoted = new RegExp(`["'\`](${slugs.map((s) => s.replace(/-/g, "\\-")).join("|")})["'\`]`, "g");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) {
          walk(file);
          continue;
        }
        const relative = path.relative(root, file);
        if (!/\.tsx?$/.test(name) || /\.(test|generated)\.tsx?$/.test(name)) continue;
        // Each section's own descriptor and component may name the sections they are built from or link to.
        if (relative.startsWith("lib/domain/record/sections/") || relative.startsWith("components/record/sections/")) continue;
        // A mapper's input type names its own Lists (SectionInput<"immunisations">): that is not a list of sections.
        const text = readFileSync(file, "utf8").replace(/SectionInput<[^>]*>/g, "");
        const named = new Set([...text.matchAll(quoted)].map((m) => m[1]));
        if (named.size >= 3) offenders.push(`${relative}: ${[...named].join(", ")}`);
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
