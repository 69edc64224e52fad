import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { kindBySlug } from "./kinds";
import { fieldText } from "./format";
import { formatDateTime } from "../time";
import { historySentences } from "./history-sentences";

const awards = kindBySlug("competition-awards")!;

describe("readable values and history", () => {
  afterEach(() => {
    delete process.env.NIANBAO_TIME_ZONE;
  });

  it("says values in words: labels for codes, prizes as printed, empty as empty", () => {
    expect(fieldText(awards, "level", "NATIONAL")).toBe("国家级");
    expect(fieldText(awards, "participantType", "STUDENT")).toBe("学生");
    expect(fieldText(awards, "topic", "student.competitions")).toBe("技能大赛");
    expect(
      fieldText(awards, "prizes", [
        { prize: "二等奖", count: 5, unit: "人次" },
        { prize: "三等奖", count: 2, unit: "队" },
      ]),
    ).toBe("二等奖 5人次，三等奖 2队");
    expect(fieldText(awards, "awardedOn", null)).toBe("");
  });

  it("shows times in the college's time zone, Beijing by default and configurable", () => {
    expect(formatDateTime("2022-05-20T06:03:00Z")).toBe("2022-05-20 14:03");
    expect(formatDateTime("2022-05-20T18:30:00Z")).toBe("2022-05-21 02:30");
    process.env.NIANBAO_TIME_ZONE = "Europe/Berlin";
    expect(formatDateTime("2022-05-20T06:03:00Z")).toBe("2022-05-20 08:03");
    expect(() => parseEnv({ NIANBAO_TIME_ZONE: "Beijing" })).toThrow(/NIANBAO_TIME_ZONE.*Asia\/Shanghai/s);
  });

  it("turns audit rows into sentences without keys, ids, null or codes", () => {
    const departments = new Map([["dept-1", "机电与信息工程系"]]);
    const s = historySentences(
      awards,
      [
        {
          id: "1",
          at: "2022-05-20T06:03:00Z",
          actorName: "张三",
          action: "CREATE",
          reason: null,
          changes: {
            competition: { before: null, after: "数控大赛" },
            level: { before: null, after: "PROVINCIAL" },
            awardedOn: { before: null, after: null },
            departmentId: { before: null, after: "dept-1" },
          },
        },
        {
          id: "2",
          at: "2022-05-20T06:10:00Z",
          actorName: "张三",
          action: "SUBMIT",
          reason: null,
          changes: { status: { before: "DRAFT", after: "SUBMITTED" } },
        },
        {
          id: "3",
          at: "2022-05-21T01:00:00Z",
          actorName: "李四",
          action: "RETURN",
          reason: "请补充获奖日期",
          changes: { status: { before: "SUBMITTED", after: "RETURNED" } },
        },
        {
          id: "4",
          at: "2022-05-21T02:00:00Z",
          actorName: "张三",
          action: "UPDATE",
          reason: null,
          changes: { level: { before: "PROVINCIAL", after: "NATIONAL" }, awardedOn: { before: null, after: "2022-05-18" } },
        },
        {
          id: "6",
          at: "2022-05-21T02:30:00Z",
          actorName: "张三",
          action: "UPDATE",
          reason: null,
          changes: {
            prizes: { before: [{ prize: "二等奖", count: 5, unit: "人次" }], after: [{ unit: "人次", count: 5, prize: "二等奖" }] },
          },
        },
        {
          id: "5",
          at: "2022-05-21T03:00:00Z",
          actorName: "张三",
          action: "ATTACH",
          reason: null,
          changes: { file: { before: null, after: "证书.pdf" } },
        },
      ],
      { departments },
    );
    const line = (i: number) => [s[i]!.at, s[i]!.actor, s[i]!.verb, s[i]!.detail].filter(Boolean).join(" ");
    expect(line(1)).toBe("2022-05-20 14:10 张三 提交审核");
    expect(line(2)).toBe("2022-05-21 09:00 李四 退回 请补充获奖日期");
    expect(s[3]!.changes.map((c) => `${c.label} ${c.before} → ${c.after}`)).toEqual([
      "级别 省市级 → 国家级",
      "获奖日期 （空） → 2022-05-18",
    ]);
    expect(s[0]!.changes.map((c) => `${c.label}${c.before}：${c.after}`)).toEqual([
      "竞赛名称：数控大赛",
      "级别：省市级",
      "部门：机电与信息工程系",
    ]);
    expect(s[4]!.changes).toEqual([]); // the same prizes saved in another shape
    expect(line(5)).toBe("2022-05-21 11:00 张三 上传附件 证书.pdf");
    const shown = s
      .flatMap((x) => [x.at, x.actor, x.verb, x.detail ?? "", ...x.changes.flatMap((c) => [c.label, c.before, c.after])])
      .join(" ");
    expect(shown).not.toMatch(/null|PROVINCIAL|NATIONAL|DRAFT|ATTACH|dept-1|awardedOn/);
  });

  it("speaks English when asked: verbs, field names, codes and blanks; what people typed stays as typed", () => {
    const s = historySentences(
      awards,
      [
        { id: "1", at: "2022-05-20T06:03:00Z", actorName: null, action: "SUBMIT", reason: null, changes: {} },
        {
          id: "2",
          at: "2022-05-21T02:00:00Z",
          actorName: "张三",
          action: "UPDATE",
          reason: null,
          changes: { level: { before: "PROVINCIAL", after: "NATIONAL" }, awardedOn: { before: null, after: "2022-05-18" } },
        },
        { id: "3", at: "2022-05-21T03:00:00Z", actorName: "李四", action: "RETURN", reason: "请补充", changes: {} },
      ],
      { lang: "en" },
    );
    expect([s[0]!.actor, s[0]!.verb]).toEqual(["System", "Submitted for review"]);
    expect(s[1]!.changes.map((c) => `${c.label} ${c.before} → ${c.after}`)).toEqual([
      "Level Provincial → National",
      "Date (empty) → 2022-05-18",
    ]);
    expect([s[2]!.verb, s[2]!.detail]).toEqual(["Returned", "请补充"]);
    expect(fieldText(awards, "level", "NATIONAL", { lang: "en" })).toBe("National");
  });

  it("says how a record came in when the code wrote it: 「通过表格导入创建」, never 「创建记录：import」", () => {
    const [imported, typed] = historySentences(awards, [
      {
        id: "1",
        at: "2022-05-20T06:03:00Z",
        actorName: "张三",
        action: "CREATE",
        reason: "import",
        changes: { competition: { before: null, after: "数控大赛" } },
      },
      {
        id: "2",
        at: "2022-05-20T06:04:00Z",
        actorName: "张三",
        action: "CREATE",
        reason: null,
        changes: { competition: { before: null, after: "车工大赛" } },
      },
    ]);
    expect(imported).toMatchObject({ verb: "通过表格导入创建", detail: null });
    expect(imported!.changes.map((c) => `${c.label}：${c.after}`)).toEqual(["竞赛名称：数控大赛"]);
    expect(typed).toMatchObject({ verb: "创建记录", detail: null });
  });
});
