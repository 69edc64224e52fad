import { describe, expect, it } from "vitest";
import { changedFields } from "./log";

describe("changedFields", () => {
  it("does not report prize lines read back from jsonb (keys reordered, empty unit) as changed", () => {
    const stored = {
      prizes: [
        { unit: "人次", count: 3, prize: "二等奖" },
        { count: 1, prize: "三等奖", unit: null },
      ],
      competition: "技能大塞",
    };
    const form = {
      prizes: [
        { prize: "二等奖", count: 3, unit: "人次" },
        { prize: "三等奖", count: 1 },
      ],
      competition: "技能大赛",
    };
    expect(Object.keys(changedFields(stored, form))).toEqual(["competition"]);
  });

  it("still reports a changed prize line", () => {
    const stored = { prizes: [{ unit: "人次", count: 3, prize: "二等奖" }] };
    expect(Object.keys(changedFields(stored, { prizes: [{ prize: "二等奖", count: 4, unit: "人次" }] }))).toEqual(["prizes"]);
  });
});
