import { describe, expect, it } from "vitest";
import { INDICATOR_TABLES } from "../report/indicator-tables";
import { outlineRows, TEMPLATES } from "../report/templates";
import { outlineTemplateOf } from "./pack";
import { shippedPack } from "./shipped";

// The shipped files replace the code constants: they must give exactly the same outline rows and tables.
describe("the shipped rule packs reproduce the code templates", () => {
  for (const key of ["2022", "2024"] as const) {
    it(`gives the ${key} outline and indicator tables`, () => {
      const pack = shippedPack(key);
      expect(pack.name).toBe(TEMPLATES[key].zh);
      expect(outlineRows(outlineTemplateOf(pack))).toEqual(outlineRows(TEMPLATES[key]));
      expect(pack.indicatorTables).toEqual(INDICATOR_TABLES[key]);
    });
  }
});
