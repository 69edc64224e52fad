import { expect, request, type APIRequestContext } from "@playwright/test";
import { test } from "../support/axe";
import { apiAs, uniqueName } from "../support/auth";
import { RECORD_KINDS } from "../../../lib/records/kinds";

/**
 * Every page under /admin, requested with no cookie, with a forged session cookie and as staff of
 * another department: no unapproved value of a record (a draft, a pending revision, a return
 * reason, a draft photo caption) may appear anywhere in the response body, redirect bodies
 * included. The layout's redirect is not a guard; each page must ask the policy itself.
 */

// Every declared kind: a new kind is tested without editing this file.
const KINDS = RECORD_KINDS.map((k) => k.slug);

type Seeded = { secrets: string[]; approvedTitle: string; revisedId: string; paths: string[] };

type Rec = { id: string; version: number; status: string };

async function ok(res: Awaited<ReturnType<APIRequestContext["post"]>>, what: string): Promise<Rec> {
  expect(res.status(), `${what}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as Rec;
}

async function seed(baseURL: string): Promise<Seeded> {
  const staff = await apiAs(baseURL, "staff-a");
  const reviewer = await apiAs(baseURL, "reviewer");
  const tag = uniqueName("泄露检查");
  const create = (kind: string, data: object) => staff.post(`/api/v1/records/${kind}`, { data: { year: 2022, data } });
  const approve = async (kind: string, id: string) => {
    await ok(await staff.post(`/api/v1/records/${kind}/${id}/submit`, { data: {} }), "submit");
    return ok(await reviewer.post(`/api/v1/records/${kind}/${id}/approve`, { data: {} }), "approve");
  };

  const draftTitle = `草稿标题-${tag}`;
  const draft = await ok(await create("honours", { title: draftTitle, category: "学校荣誉" }), "draft");

  const approvedTitle = `公开标题-${tag}`;
  const revisedTitle = `待审修订-${tag}`;
  const revised = await ok(await create("honours", { title: approvedTitle, category: "学校荣誉" }), "revised");
  const approved = await approve("honours", revised.id);
  await ok(
    await staff.put(`/api/v1/records/honours/${revised.id}`, {
      data: { version: approved.version, data: { title: revisedTitle, category: "学校荣誉" } },
    }),
    "revise",
  );

  const returnedName = `退回记录-${tag}`;
  const reason = `退回原因-${tag}`;
  const returned = await ok(
    await create("competition-awards", {
      competition: returnedName,
      level: "PROVINCIAL",
      prizes: [{ prize: "二等奖", count: 2, unit: "人次" }],
    }),
    "returned",
  );
  await ok(await staff.post(`/api/v1/records/competition-awards/${returned.id}/submit`, { data: {} }), "submit");
  await ok(await reviewer.post(`/api/v1/records/competition-awards/${returned.id}/return`, { data: { reason } }), "return");

  const caseRecord = await ok(await create("cases", { title: `公开案例-${tag}`, topic: "student.moral", body: "案例正文。" }), "case");
  await approve("cases", caseRecord.id);
  const photoCaption = `草稿照片-${tag}`;
  const photo = await ok(await create("figures", { caption: photoCaption, kind: "PHOTO", caseId: caseRecord.id }), "photo");

  await staff.dispose();
  await reviewer.dispose();

  const records: [string, string][] = [
    ["honours", draft.id],
    ["honours", revised.id],
    ["competition-awards", returned.id],
    ["cases", caseRecord.id],
    ["figures", photo.id],
  ];
  const paths = [
    "/admin",
    "/admin/records",
    "/admin/review",
    "/admin/dashboard",
    "/admin/dashboard?year=2022",
    "/admin/users",
    "/admin/report",
    "/admin/report/2022/preview",
    "/admin/report/2022/sections",
    "/admin/report/2022/consistency",
    "/admin/report/2022/consistency?mode=approved",
    "/admin/tasks?year=2022",
    "/admin/tasks/mine",
    ...KINDS.flatMap((k) => [
      `/admin/records/${k}`,
      `/admin/records/${k}?year=2022&q=${encodeURIComponent(tag)}`,
      `/admin/records/${k}/new`,
      `/admin/records/${k}/import`,
      `/admin/records/${k}/export?year=2022`,
      `/admin/records/${k}/template`,
    ]),
    ...records.flatMap(([k, id]) => [`/admin/records/${k}/${id}`, `/admin/records/${k}/${id}/history`]),
  ];
  return { secrets: [draftTitle, revisedTitle, returnedName, reason, photoCaption], approvedTitle, revisedId: revised.id, paths };
}

test.describe("admin pages reveal nothing unapproved to those who may not see it", () => {
  let seeded: Seeded;
  test.beforeAll(async ({ baseURL }) => {
    seeded = await seed(baseURL!);
  });

  const visitors: Record<string, (baseURL: string) => Promise<APIRequestContext>> = {
    "no cookie": (baseURL) => request.newContext({ baseURL }),
    "a forged session cookie": (baseURL) => request.newContext({ baseURL, extraHTTPHeaders: { cookie: "next-auth.session-token=x" } }),
    "staff of another department": (baseURL) => apiAs(baseURL, "staff-b"),
  };

  for (const [who, open] of Object.entries(visitors)) {
    test(`with ${who}`, async ({ baseURL }) => {
      test.setTimeout(240_000);
      const client = await open(baseURL!);
      const leaks: string[] = [];
      for (const path of seeded.paths) {
        const res = await client.get(path, { maxRedirects: 0 });
        const body = await res.text();
        for (const secret of seeded.secrets) if (body.includes(secret)) leaks.push(`${path} (${res.status()}) shows ${secret}`);
      }
      expect(leaks).toEqual([]);

      // The approved record itself is readable by another department: the page really rendered.
      if (who === "staff of another department") {
        const page = await client.get(`/admin/records/honours/${seeded.revisedId}`);
        expect(page.status()).toBe(200);
        expect(await page.text()).toContain(seeded.approvedTitle);
      }
      await client.dispose();
    });
  }
});
