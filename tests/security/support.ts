import { expect, type APIRequestContext } from "@playwright/test";
import { uniqueName } from "../e2e/support/auth";

/** A valid 1×1 PNG: passes the content sniffing and sharp, so it is stored like a real photo. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

export async function createRecord(c: APIRequestContext, kind: string, data: Record<string, unknown>) {
  const res = await c.post(`/api/v1/records/${kind}`, { data: { year: 2022, data } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; version: number; status: string };
}

export const award = () => ({
  competition: uniqueName("安全测试"),
  level: "PROVINCIAL",
  prizes: [{ prize: "二等奖", count: 1, unit: "人次" }],
});

export async function attach(c: APIRequestContext, kind: string, id: string, name = "evidence.png") {
  return c.post(`/api/v1/records/${kind}/${id}/files`, { multipart: { file: { name, mimeType: "image/png", buffer: PNG } } });
}

/** Submits (as staff) and approves (as reviewer) a record; returns it as approved. */
export async function approve(staff: APIRequestContext, reviewer: APIRequestContext, kind: string, id: string) {
  expect((await staff.post(`/api/v1/records/${kind}/${id}/submit`, { data: {} })).status()).toBe(200);
  const res = await reviewer.post(`/api/v1/records/${kind}/${id}/approve`, { data: {} });
  expect(res.status()).toBe(200);
  return res.json();
}

/** The Cookie header of a signed-in API context, for requests made with node:http. */
export async function cookieHeader(c: APIRequestContext): Promise<string> {
  return (await c.storageState()).cookies.map((k) => `${k.name}=${k.value}`).join("; ");
}
