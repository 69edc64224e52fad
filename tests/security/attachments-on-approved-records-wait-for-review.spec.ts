import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiAs } from "../e2e/support/auth";
import { approve, attach, award, createRecord } from "./support";

/**
 * Finding 3: a file attached to an APPROVED record was public at once, with no revision and no
 * review. Now it is pending: the attachment opens a revision, the public sees neither the file
 * nor its listing until a reviewer approves that revision.
 */
test("evidence attached to an approved record is hidden from the public until its revision is approved", async ({ baseURL }) => {
  const staff = await apiAs(baseURL!, "staff-a");
  const reviewer = await apiAs(baseURL!, "reviewer");
  const anonymous = await apiAs(baseURL!, null);
  const kind = "competition-awards";
  const rec = await createRecord(staff, kind, award());
  await approve(staff, reviewer, kind, rec.id);

  const uploaded = await attach(staff, kind, rec.id, "late-evidence.png");
  expect(uploaded.status()).toBe(201);
  const fileId = (await uploaded.json()).id as string;

  const publicList = async (c: APIRequestContext) =>
    (await (await c.get(`/api/v1/records/${kind}/${rec.id}/files`)).json()).items as { id: string }[];
  expect((await anonymous.get(`/files/${fileId}/original`)).status()).toBe(404);
  expect(await publicList(anonymous)).toEqual([]);
  expect((await publicList(staff)).map((f) => f.id)).toContain(fileId);
  expect((await reviewer.get(`/files/${fileId}/original`)).status()).toBe(200);

  // The attachment opened a revision that goes through review like any other change.
  const opened = await (await staff.get(`/api/v1/records/${kind}/${rec.id}`)).json();
  expect(opened.status).toBe("APPROVED");
  expect(opened.revisionStatus).toBe("DRAFT");
  await approve(staff, reviewer, kind, rec.id);

  expect((await anonymous.get(`/files/${fileId}/original`)).status()).toBe(200);
  expect((await publicList(anonymous)).map((f) => f.id)).toContain(fileId);
  for (const c of [staff, reviewer, anonymous]) await c.dispose();
});
