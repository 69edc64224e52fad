import { describe, expect, it } from "vitest";
import { assembleDocument } from "../engine/build";
import { diffDocuments } from "./editions";
import { fakeData } from "../engine/test-data";

const outline = [
  { key: "s", title: "就业", narrative: "共有毕业生{{employment.graduates}}人。", topics: ["s"], blocks: ["table:employment"] },
];
const doc = (graduates: number, extra = false) =>
  assembleDocument(
    fakeData({
      templateKey: "2024",
      rows: {
        employmentStat: [
          { id: "e1", cohort: 2022, majorName: "会计", graduates, placed: 10, monthlySalary: null, topic: "s" },
          ...(extra ? [{ id: "e2", cohort: 2022, majorName: "金融", graduates: 5, placed: 5, monthlySalary: null, topic: "s" }] : []),
        ],
      },
      outline,
    }),
  );

describe("diffDocuments", () => {
  it("lists nothing for identical documents", () => {
    expect(diffDocuments(doc(20), doc(20))).toEqual([]);
  });

  it("lists changed values, rows and added rows", () => {
    const changes = diffDocuments(doc(20), doc(25, true));
    expect(changes.some((c) => c.type === "changed" && c.what === "毕业生人数" && c.before === "20人" && c.after === "30人")).toBe(true);
    expect(changes.some((c) => c.type === "changed" && c.before?.includes("会计 | 20"))).toBe(true);
    expect(changes.some((c) => c.type === "added" && c.after?.includes("金融"))).toBe(true);
  });
});
