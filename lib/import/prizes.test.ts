import { describe, expect, it } from "vitest";
import { competitionAwards, TABLE1_ROWS } from "../../prisma/demo/records";
import { formatPrizes } from "../records/format";
import { ZPrize } from "../records/schema";
import { chineseNumber, parsePrizes, readPrizeCell } from "./prizes";

const table1 = competitionAwards.slice(0, TABLE1_ROWS);

describe("parsePrizes is the inverse of formatPrizes", () => {
  it.each(table1.map((r, i) => [i + 1, r.competition, r.prizes] as const))("表1 row %i: %s", (_n, _name, prizes) => {
    const text = formatPrizes(prizes);
    expect(parsePrizes(text)).toEqual(prizes);
    expect(formatPrizes(parsePrizes(text))).toBe(text);
  });

  it("reads the report's own spellings: 、 separators, no space before the count, new lines", () => {
    expect(parsePrizes("一等奖 1项、二等奖 2项")).toEqual([
      { prize: "一等奖", count: 1, unit: "项" },
      { prize: "二等奖", count: 2, unit: "项" },
    ]);
    expect(parsePrizes("二等奖5人次,三等奖 5 人次")).toEqual([
      { prize: "二等奖", count: 5, unit: "人次" },
      { prize: "三等奖", count: 5, unit: "人次" },
    ]);
    expect(parsePrizes("先进集体\n先进个人")).toEqual([{ prize: "先进集体" }, { prize: "先进个人" }]);
    expect(parsePrizes("  曲艺（大学组）三等奖 3人次 ")).toEqual([{ prize: "曲艺（大学组）三等奖", count: 3, unit: "人次" }]);
  });

  it("keeps digits that belong to the name, and a bare count needs a space", () => {
    expect(parsePrizes("第3名")).toEqual([{ prize: "第3名" }]);
    expect(parsePrizes("三等奖 3")).toEqual([{ prize: "三等奖", count: 3 }]);
    expect(parsePrizes("")).toEqual([]);
  });

  it("passes impossible counts on for the schema to refuse with its own message", () => {
    const [prize] = parsePrizes("二等奖 -5人次");
    expect(prize).toEqual({ prize: "二等奖", count: -5, unit: "人次" });
    const r = ZPrize.safeParse(prize);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("不能为负数");
  });
});

describe("prize counts in Chinese numerals, as the form's count means them (issue 20)", () => {
  it("reads 两, 十二, 一百零五 with or without a space, before any known unit", () => {
    expect(parsePrizes("二等奖 两人次")).toEqual([{ prize: "二等奖", count: 2, unit: "人次" }]);
    expect(parsePrizes("一等奖十二项、三等奖 一百零五人")).toEqual([
      { prize: "一等奖", count: 12, unit: "项" },
      { prize: "三等奖", count: 105, unit: "人" },
    ]);
    expect(parsePrizes("团体一等奖，先进个人")).toEqual([{ prize: "团体一等奖" }, { prize: "先进个人" }]);
    expect([chineseNumber("两"), chineseNumber("二十"), chineseNumber("两千"), chineseNumber("十十")]).toEqual([2, 20, 2000, null]);
  });

  it("refuses a cell whose count it cannot read instead of keeping it as part of the prize's name", () => {
    expect(readPrizeCell("二等奖 两人次")).toEqual({ value: [{ prize: "二等奖", count: 2, unit: "人次" }] });
    for (const cell of ["二等奖 5名", "三等奖 三个", "一等奖 十十人次"]) {
      const read = readPrizeCell(cell);
      expect("error" in read && read.error, cell).toContain("无法识别");
    }
    expect(readPrizeCell("第3名")).toEqual({ value: [{ prize: "第3名" }] });
  });
});
