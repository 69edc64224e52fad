import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiAs, uniqueName } from "../e2e/support/auth";
import { attach, award, createRecord } from "./support";

/**
 * Finding 2: a figure's fileId/caseId and a Luban activity's workshopId came from the client
 * unchecked. staff-a (机电与信息工程系) pointed a figure at staff-b's draft evidence and could then
 * download it. Now every reference must point at the writer's own department, and a figure a
 * reader wrote grants no read right to another department's file.
 */
test.describe("references in records point only at the writer's own department", () => {
  let staffA: APIRequestContext;
  let staffB: APIRequestContext;
  test.beforeAll(async ({ baseURL }) => {
    staffA = await apiAs(baseURL!, "staff-a");
    staffB = await apiAs(baseURL!, "staff-b");
  });
  test.afterAll(async () => {
    await staffA.dispose();
    await staffB.dispose();
  });

  test("a figure pointing at another department's draft evidence is refused, and the file stays unreadable", async () => {
    const draftB = await createRecord(staffB, "competition-awards", award());
    const uploaded = await attach(staffB, "competition-awards", draftB.id);
    expect(uploaded.status()).toBe(201);
    const fileId = (await uploaded.json()).id as string;
    expect((await staffA.get(`/files/${fileId}/original`)).status()).toBe(404);

    const forged = await staffA.post("/api/v1/records/figures", { data: { year: 2022, data: { caption: uniqueName("伪造"), fileId } } });
    expect(forged.status()).toBe(400);
    expect((await forged.json()).error.fieldErrors.fileId).toBeTruthy();
    expect((await staffA.get(`/files/${fileId}/original`)).status()).toBe(404);
    expect((await staffB.get(`/files/${fileId}/original`)).status()).toBe(200);
  });

  test("a figure may not join another department's case, even by editing an existing figure", async () => {
    const caseB = await createRecord(staffB, "cases", { title: uniqueName("乙系案例"), topic: "student.moral", body: "正文" });
    const refused = await staffA.post("/api/v1/records/figures", {
      data: { year: 2022, data: { caption: uniqueName("图"), caseId: caseB.id } },
    });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.fieldErrors.caseId).toBeTruthy();

    const own = await createRecord(staffA, "figures", { caption: uniqueName("本系图") });
    const edit = await staffA.put(`/api/v1/records/figures/${own.id}`, {
      data: { version: own.version, data: { caption: "改", caseId: caseB.id } },
    });
    expect(edit.status()).toBe(400);

    const caseA = await createRecord(staffA, "cases", { title: uniqueName("甲系案例"), topic: "student.moral", body: "正文" });
    expect(
      (
        await staffA.put(`/api/v1/records/figures/${own.id}`, { data: { version: own.version, data: { caption: "改", caseId: caseA.id } } })
      ).status(),
    ).toBe(200);
  });

  test("a Luban activity may not hang under another department's draft workshop; an unknown id gets the same answer", async () => {
    const workshopB = await createRecord(staffB, "luban-workshops", { name: uniqueName("乙系工坊"), partner: "合作院校", country: "泰国" });
    const other = await staffA.post("/api/v1/records/luban-activities", {
      data: { year: 2022, data: { workshopId: workshopB.id, title: uniqueName("活动") } },
    });
    const unknown = await staffA.post("/api/v1/records/luban-activities", {
      data: { year: 2022, data: { workshopId: "no-such-workshop", title: uniqueName("活动") } },
    });
    expect(other.status()).toBe(400);
    expect(unknown.status()).toBe(400);
    expect((await other.json()).error.message).toBe((await unknown.json()).error.message);
  });
});
