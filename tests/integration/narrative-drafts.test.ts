import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { mayOnSectionDraft } from "../../lib/auth/policy";
import { buildReportDocument } from "../../lib/report/engine/build";
import type { ReportSection } from "../../lib/report/model/document";
import { decideSectionDraft, saveSectionDraft, submitSectionDraft, writerSections } from "../../lib/report/outline/drafts";
import { assignTask, taskBoard } from "../../lib/tasks/service";
import { todoFor } from "../../lib/todo/service";
import { demoDatabase } from "../support/database";
import { outcome as code } from "../support/errors";

/**
 * A section drafted by its writer (撰写人) on the demo 2022 outline: staff-a writes 专业建设
 * (teaching.majors, prisma/demo/tasks.ts), staff-b writes 就业 and 社区服务. Only the writer drafts
 * and submits, only the quality office accepts or returns; every step is audited, handed off by a
 * notice, and shown on both to-do pages. The accepted text prints its tokens with their units.
 */
describe("section drafts", () => {
  let database: Awaited<ReturnType<typeof demoDatabase>>;
  let actors: Record<string, Actor>;
  const YEAR = 2022;
  const KEY = "teaching.majors";
  const ctx = (name: string) => ({ actor: actors[name] ?? null, prisma: database.prisma });
  const draft = (name: string, text: string, sectionKey = KEY) =>
    saveSectionDraft({ ...ctx(name), input: { year: YEAR, sectionKey, draft: text } });
  const section = () => database.prisma.outlineSection.findUniqueOrThrow({ where: { year_key: { year: YEAR, key: KEY } } });
  const notices = (name: string, type: string) =>
    database.prisma.notification.findMany({ where: { userId: actors[name]!.id, type }, orderBy: { createdAt: "asc" } });

  beforeAll(async () => {
    database = await demoDatabase();
    actors = database.actors;
  }, 180_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("the policy: the writer writes and submits, the quality office decides, nobody else", () => {
    const scope = { writerId: actors["staff-a"]!.id };
    expect(mayOnSectionDraft(actors["staff-a"]!, "write", scope)).toBe(true);
    expect(mayOnSectionDraft(actors["staff-a"]!, "submit", scope)).toBe(true);
    expect(mayOnSectionDraft(actors["staff-a"]!, "decide", scope)).toBe(false);
    expect(mayOnSectionDraft(actors["staff-b"]!, "write", scope)).toBe(false);
    expect(mayOnSectionDraft(actors["reviewer"]!, "write", scope)).toBe(false);
    expect(mayOnSectionDraft(actors["reviewer"]!, "decide", scope)).toBe(true);
    expect(mayOnSectionDraft(actors["admin"]!, "decide", scope)).toBe(true);
    expect(mayOnSectionDraft(actors["leader"]!, "decide", scope)).toBe(false);
    expect(mayOnSectionDraft(null, "write", { writerId: null })).toBe(false);
    expect(mayOnSectionDraft(actors["staff-a"]!, "write", { writerId: null })).toBe(false);
  });

  it("a staff member finds and drafts only the sections they write; others are refused on the server", async () => {
    expect((await writerSections({ ...ctx("staff-a"), year: YEAR })).map((s) => s.key)).toEqual([KEY]);
    expect((await writerSections({ ...ctx("staff-b"), year: YEAR })).map((s) => s.key).sort()).toEqual([
      "service.community",
      "student.employment",
    ]);
    expect(await code(writerSections({ ...ctx("reviewer"), year: YEAR }))).toBe("FORBIDDEN");

    expect(await code(draft("staff-b", "别人的章节"))).toBe("FORBIDDEN");
    expect(await code(draft("staff-a", "不是我的章节", "student.employment"))).toBe("FORBIDDEN");
    expect(await code(draft("reviewer", "质量办不写草稿"))).toBe("FORBIDDEN");
    expect(await code(draft("leader", "x"))).toBe("FORBIDDEN");
    expect(await code(saveSectionDraft({ actor: null, prisma: database.prisma, input: { year: YEAR, sectionKey: KEY, draft: "x" } }))).toBe(
      "UNAUTHENTICATED",
    );
    expect((await section()).draftStatus).toBeNull();

    // Validated with zod on the server, and tokens checked as a narrative's are.
    expect(await code(draft("staff-a", "<script>alert(1)</script>"))).toBe("INVALID");
    expect(await code(draft("staff-a", "落实率{{employment.rate}}"))).toBe("INVALID");
    expect(await code(saveSectionDraft({ ...ctx("staff-a"), input: { year: "abc", sectionKey: KEY, draft: "x" } }))).toBe("INVALID");
    expect(await code(draft("staff-a", "x", "no.such.section"))).toBe("NOT_FOUND");

    const before = (await section()).narrative;
    await draft("staff-a", "专业草稿第一版");
    await draft("staff-a", "本年度开设{{majors.count}}，毕业去向落实率{{employment.placementRate}}。");
    const s = await section();
    expect(s).toMatchObject({ draftStatus: "WRITING", narrative: before });
    expect(s.draft).toContain("{{majors.count}}");
    expect(await database.prisma.auditLog.count({ where: { action: "DRAFT_SAVE", entityId: s.id, actorId: actors["staff-a"]!.id } })).toBe(
      2,
    );
  });

  it("submitted → the quality office is told; returned with a comment → the writer; both on their to-do pages", async () => {
    expect(await code(submitSectionDraft({ ...ctx("staff-b"), input: { year: YEAR, sectionKey: KEY } }))).toBe("FORBIDDEN");
    await submitSectionDraft({ ...ctx("staff-a"), input: { year: YEAR, sectionKey: KEY } });
    expect((await section()).draftStatus).toBe("SUBMITTED");
    // A submitted draft waits unchanged; the writer cannot decide it, nor submit it twice.
    expect(await code(draft("staff-a", "改一改"))).toBe("CONFLICT");
    expect(await code(submitSectionDraft({ ...ctx("staff-a"), input: { year: YEAR, sectionKey: KEY } }))).toBe("CONFLICT");
    expect(await code(decideSectionDraft({ ...ctx("staff-a"), input: { year: YEAR, sectionKey: KEY, decision: "accept" } }))).toBe(
      "FORBIDDEN",
    );

    const [submitted] = await notices("reviewer", "DRAFT_SUBMITTED");
    expect(submitted).toMatchObject({
      title: expect.stringContaining("待您采用"),
      href: `/admin/report/${YEAR}/sections#sec-teaching-majors`,
    });
    expect(submitted!.title).not.toContain(KEY);
    expect((await notices("admin", "DRAFT_SUBMITTED")).length).toBe(1);
    const office = (await todoFor(ctx("reviewer"))).sections.find((s) => s.id === "drafts")!;
    expect(office.items.map((i) => i.label)).toEqual([expect.stringContaining("专业")]);
    expect(office.items[0]!.detail).toContain(actors["staff-a"]!.displayName);

    expect(
      await code(decideSectionDraft({ ...ctx("reviewer"), input: { year: YEAR, sectionKey: KEY, decision: "return", comment: " " } })),
    ).toBe("INVALID");
    await decideSectionDraft({ ...ctx("reviewer"), input: { year: YEAR, sectionKey: KEY, decision: "return", comment: "请补充新增专业" } });
    expect(await section()).toMatchObject({ draftStatus: "RETURNED", draftComment: "请补充新增专业" });
    expect((await notices("reviewer", "DRAFT_SUBMITTED"))[0]!.handledAt).not.toBeNull();
    const [returned] = await notices("staff-a", "DRAFT_RETURNED");
    expect(returned!.body).toContain("请补充新增专业");
    expect(await database.prisma.auditLog.count({ where: { action: "DRAFT_RETURN", actorId: actors["reviewer"]!.id } })).toBe(1);
    const mine = (await todoFor(ctx("staff-a"))).sections.find((s) => s.id === "drafts")!;
    expect(mine.items).toEqual([expect.objectContaining({ href: `/admin/report/${YEAR}/sections#sec-teaching-majors` })]);
    expect(mine.items[0]!.detail).toContain("请补充新增专业");
    expect((await todoFor(ctx("staff-b"))).sections.find((s) => s.id === "drafts")!.items.map((i) => i.label)).not.toContainEqual(
      expect.stringContaining("专业"),
    );

    // Revised and submitted again: the writer's return notice is handled, the office told again.
    await draft("staff-a", "本年度开设{{majors.count}}，新增{{majors.new}}，毕业去向落实率{{employment.placementRate}}。");
    expect((await section()).draftStatus).toBe("RETURNED");
    await submitSectionDraft({ ...ctx("staff-a"), input: { year: YEAR, sectionKey: KEY } });
    expect((await notices("staff-a", "DRAFT_RETURNED"))[0]!.handledAt).not.toBeNull();
    expect((await notices("reviewer", "DRAFT_SUBMITTED")).filter((n) => !n.handledAt)).toHaveLength(1);
  });

  const TARGET = `section:${KEY}`;
  const taskRow = async () => (await taskBoard({ ...ctx("admin"), year: YEAR })).rows.find((r) => r.target === TARGET)!;
  const todoTasks = async (name: string) => (await todoFor(ctx(name))).sections.find((s) => s.id === "tasks")!.items.map((i) => i.label);

  it("accepted → the draft becomes the narrative, the writer is told, and its tokens print with their units", async () => {
    // The writer's task for the section is open and on their 待办, with its 新任务 notice (assigned again from the board).
    const open = await taskRow();
    expect(open).toMatchObject({ state: "IN_PROGRESS", writer: { id: actors["staff-a"]!.id }, completedAt: null });
    const assignment = (writerId: string | null, version: number) =>
      assignTask({
        ...ctx("admin"),
        year: YEAR,
        target: TARGET,
        input: { writerId, version, dueDate: open.dueDate, supportingDepartmentIds: open.supporting.map((d) => d.id) },
      });
    await assignTask({
      ...ctx("admin"),
      year: YEAR,
      target: TARGET,
      input: { writerId: actors["staff-a"]!.id, version: (await assignment(null, open.version)).version },
    });
    expect((await notices("staff-a", "TASK")).filter((n) => !n.handledAt)).toHaveLength(1);
    expect(await todoTasks("staff-a")).toContainEqual(expect.stringContaining(open.title));

    const before = await section();
    await decideSectionDraft({ ...ctx("admin"), input: { year: YEAR, sectionKey: KEY, decision: "accept" } });
    const after = await section();
    expect(after).toMatchObject({ narrative: before.draft, version: before.version + 1, draftStatus: "ACCEPTED" });
    expect(await code(decideSectionDraft({ ...ctx("admin"), input: { year: YEAR, sectionKey: KEY, decision: "accept" } }))).toBe(
      "CONFLICT",
    );
    expect((await notices("staff-a", "DRAFT_ACCEPTED"))[0]!.title).toContain("已被采用");
    expect((await notices("reviewer", "DRAFT_SUBMITTED")).every((n) => n.handledAt)).toBe(true);
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { action: "DRAFT_ACCEPT", entityId: after.id } });
    expect(audit.actorId).toBe(actors["admin"]!.id);
    expect((await todoFor(ctx("reviewer"))).sections.find((s) => s.id === "drafts")!.items).toEqual([]);

    // The writer's task is done with it: 已完成 on the board, off the writer's 待办, its notice cleared, audited.
    expect(await taskRow()).toMatchObject({ state: "DONE", completedBy: actors["admin"]!.displayName });
    expect(await todoTasks("staff-a")).not.toContainEqual(expect.stringContaining(open.title));
    expect((await notices("staff-a", "TASK")).filter((n) => !n.handledAt)).toEqual([]);
    expect(
      await database.prisma.auditLog.count({ where: { action: "TASK_DONE", entityId: open.taskId!, actorId: actors["admin"]!.id } }),
    ).toBe(1);

    const doc = (await buildReportDocument({ prisma: database.prisma, year: YEAR, mode: "approved" }))!;
    const all = (list: ReportSection[]): ReportSection[] => list.flatMap((s) => [s, ...all(s.sections)]);
    const html = all(doc.chapters).find((s) => s.key === KEY)!.html;
    expect(html).toMatch(/data-token="employment\.placementRate">\d+\.\d{2}%<\/span>。/);
    expect(html).toMatch(/data-token="majors\.count">\d+个<\/span>，/);
  });
});
