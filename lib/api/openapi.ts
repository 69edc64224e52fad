import { z } from "zod";
import { RECORD_KINDS, type RecordKind } from "../records/kinds";
import { outlinePaths } from "./openapi-outline";

/** OpenAPI 3.1 description of /api/v1, generated from the record kinds' declarations (their zod schemas). */
export function openApiDocument(kinds: readonly RecordKind[] = RECORD_KINDS) {
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      properties: {
        error: {
          type: "object",
          properties: {
            code: {
              type: "string",
              enum: ["INVALID", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "RATE_LIMITED", "INTERNAL"],
            },
            message: { type: "string", description: "中文（English）" },
            fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
          },
        },
      },
    },
  };
  for (const kind of kinds) {
    schemas[kind.model] = z.toJSONSchema(kind.schema, { io: "input", unrepresentable: "any" });
  }
  const errors = Object.fromEntries(
    (
      [
        ["400", "输入无效 invalid"],
        ["401", "未登录 not signed in"],
        ["403", "无权限 not allowed"],
        ["404", "不存在 not found"],
        ["409", "版本冲突或状态不符 conflict"],
      ] as const
    ).map(([code, description]) => [
      code,
      { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    ]),
  );
  const kindParam = { name: "kind", in: "path", required: true, schema: { type: "string", enum: kinds.map((k) => k.slug) } };
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
  return {
    openapi: "3.1.0",
    info: {
      title: "年报 Nianbao API",
      version: "1",
      description: "记录的增改查与审核流程。写操作需登录（next-auth 会话 Cookie），并由服务端统一的权限策略检查。",
    },
    paths: {
      "/api/v1/records/{kind}": {
        get: {
          summary: "列出可读记录",
          parameters: [
            kindParam,
            ...["year", "status", "departmentId", "level", "q", "sort", "dir", "page", "pageSize"].map((name) => ({
              name,
              in: "query",
              schema: { type: "string" },
            })),
          ],
          responses: { 200: { description: "ok" }, ...errors },
        },
        post: {
          summary: "新建草稿",
          parameters: [kindParam],
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["year", "data"],
                  properties: {
                    year: { type: "integer" },
                    departmentId: { type: "string" },
                    highlight: { type: "boolean" },
                    data: { description: "fields of the kind, see components.schemas" },
                  },
                },
              },
            },
          },
          responses: { 201: { description: "created" }, ...errors },
        },
      },
      "/api/v1/records/{kind}/{id}": {
        get: { summary: "读取记录", parameters: [kindParam, idParam], responses: { 200: { description: "ok" }, ...errors } },
        put: {
          summary: "修改记录（乐观锁）",
          parameters: [kindParam, idParam],
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["version", "data"],
                  properties: { version: { type: "integer" }, data: {} },
                },
              },
            },
          },
          responses: { 200: { description: "ok" }, ...errors },
        },
        delete: {
          summary: "删除草稿或被退回的记录（软删除，管理员可恢复）",
          parameters: [kindParam, idParam, { name: "version", in: "query", required: true, schema: { type: "integer" } }],
          responses: { 204: { description: "deleted" }, ...errors },
        },
      },
      ...Object.fromEntries(
        ["submit", "withdraw", "approve", "return"].map((action) => [
          `/api/v1/records/{kind}/{id}/${action}`,
          {
            post: {
              summary: { submit: "提交审核", withdraw: "撤回", approve: "审核通过", return: "退回（需原因）" }[action],
              parameters: [kindParam, idParam],
              requestBody: {
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      properties: { version: { type: "integer" }, ...(action === "return" ? { reason: { type: "string" } } : {}) },
                    },
                  },
                },
              },
              responses: { 200: { description: "ok" }, ...errors },
            },
          },
        ]),
      ),
      "/api/v1/records/{kind}/{id}/restore": {
        post: {
          summary: "恢复已删除的记录（管理员）",
          parameters: [kindParam, idParam],
          responses: { 200: { description: "ok" }, ...errors },
        },
      },
      "/api/v1/records/{kind}/{id}/meta": {
        post: {
          summary: "更改所属年度或主要成果标记（乐观锁）",
          parameters: [kindParam, idParam],
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["version"],
                  properties: { version: { type: "integer" }, year: { type: "integer" }, highlight: { type: "boolean" } },
                },
              },
            },
          },
          responses: { 200: { description: "ok" }, ...errors },
        },
      },
      "/api/v1/records/{kind}/{id}/history": {
        get: { summary: "审计历史", parameters: [kindParam, idParam], responses: { 200: { description: "ok" }, ...errors } },
      },
      ...outlinePaths(errors),
      "/api/v1/public/{year}/{kind}": {
        get: {
          summary: "公开数据（仅已审核通过）",
          parameters: [{ name: "year", in: "path", required: true, schema: { type: "integer" } }, kindParam],
          responses: { 200: { description: "ok" }, ...errors },
        },
      },
    },
    components: { schemas },
  };
}
