import type { Linter } from "eslint";
export declare const CATALOGUE_ONLY_RULE: Linter.RuleEntry;
