import { describe, expect, it } from "vitest";
import { FIELDS, formToInput } from "./fields";
import { RECORD_KINDS } from "./kinds";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("formToInput", () => {
  it("turns the prize rows into prize lines, skipping empty rows, so the schema accepts them", () => {
    const input = formToInput(
      FIELDS["competition-awards"]!,
      form([
        ["competition", " 2022年全国高校商业精英挑战赛会展文案竞赛 "],
        ["level", "NATIONAL"],
        ["prizes.0.prize", "一等奖"],
        ["prizes.0.count", "3"],
        ["prizes.0.unit", "人次"],
        ["prizes.1.prize", ""],
        ["prizes.1.count", ""],
        ["prizes.1.unit", "人次"],
        ["prizes.2.prize", "二等奖"],
        ["prizes.2.count", "6"],
        ["prizes.2.unit", "人次"],
        ["participantType", "STUDENT"],
        ["entryType", "TEAM"],
        ["awardedOn", ""],
      ]),
    );
    expect(input.prizes).toEqual([
      { prize: "一等奖", count: "3", unit: "人次" },
      { prize: "二等奖", count: "6", unit: "人次" },
    ]);
    expect(input).not.toHaveProperty("awardedOn");
    const parsed = RECORD_KINDS.find((k) => k.slug === "competition-awards")!.schema.parse(input) as {
      prizes: unknown[];
      competition: string;
    };
    expect(parsed.competition).toBe("2022年全国高校商业精英挑战赛会展文案竞赛");
    expect(parsed.prizes).toEqual([
      { prize: "一等奖", count: 3, unit: "人次" },
      { prize: "二等奖", count: 6, unit: "人次" },
    ]);
  });

  it("splits list fields on new lines and 、", () => {
    const input = formToInput(FIELDS["certificate-pilots"]!, form([["pilotMajors", "大数据与会计\n电子商务、 金融服务与管理\n"]]));
    expect(input.pilotMajors).toEqual(["大数据与会计", "电子商务", "金融服务与管理"]);
  });

  it("has fields for every record kind, each named in its schema", () => {
    for (const kind of RECORD_KINDS) {
      const fields = FIELDS[kind.slug];
      expect(fields?.length, kind.slug).toBeGreaterThan(0);
      const keys = Object.keys((kind.schema as unknown as { shape: Record<string, unknown> }).shape);
      expect(keys.length, kind.slug).toBeGreaterThan(0);
      for (const f of fields!) expect(keys, `${kind.slug}.${f.name}`).toContain(f.name);
    }
  });
});
