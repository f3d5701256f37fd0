import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Type-aware rules: a promise is awaited or explicitly voided; a switch over a union handles every member.
    files: ["**/*.{ts,tsx,mts}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    // Domain code runs in the browser and on the server: no I/O, no server-only imports.
    files: ["lib/domain/**/*.ts"],
    ignores: ["lib/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "**/lib/server/*", "../../server/*"],
              message: "Domain code cannot reach lib/server; move the shared type to lib/domain.",
            },
            { group: ["node:*", "server-only", "@/generated/*"], message: "Domain code has no I/O." },
          ],
        },
      ],
    },
  },
  {
    // Browser code (components, client queries) never imports lib/server, not even a type: shared types live in
    // lib/domain. Server components receive what they need as props from pages.
    files: ["components/**/*.{ts,tsx}", "lib/client/**/*.ts"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "**/lib/server/*", "server-only", "@/generated/*"],
              message: "Browser code cannot import lib/server (types included): move the type to lib/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest and Playwright helpers named use* (useDatabase, test.use) are not React hooks.
    files: ["test/**/*.ts", "e2e/**/*.ts", "bench/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "react-hooks/immutability": "off" },
  },
  {
    // Journeys take `test` from the fixtures, which note every record view for the after-suite audit check.
    files: ["e2e/specs/**/*.ts", "e2e/unauthorized/**/*.spec.ts", "e2e/after-suite/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from e2e/support/fixtures." }] },
      ],
    },
  },
  globalIgnores([".next/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
