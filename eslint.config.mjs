// ESLint: typescript-eslint with type information, the Next.js rules and the React hooks rules.
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { CATALOGUE_ONLY_RULE } from "./lib/i18n/lint.mjs";
import { UNTRANSLATED } from "./lib/i18n/untranslated.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".next-*/",
      "lib/generated/",
      ".data/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
      "*.config.mjs",
      "scripts/*.cjs",
      "scripts/*.mjs",
      // Plain JS shared with next.config.mjs; typed by its .d.mts beside it.
      "lib/http/*.mjs",
      "lib/i18n/*.mjs",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Tests and benchmarks read untyped JSON responses (await res.json()); typing every one adds noise, not safety.
    files: ["tests/**", "**/*.test.ts", "scripts/bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Pages and components take their words from the catalogue; the files not yet moved are listed.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    // Paths such as app/(public)/reports/[year]/… are globs here: their brackets are escaped to mean themselves.
    ignores: UNTRANSLATED.map((file) => file.replace(/[[\]]/g, "\\$&")),
    rules: {
      "no-restricted-syntax": CATALOGUE_ONLY_RULE,
    },
  },
);
