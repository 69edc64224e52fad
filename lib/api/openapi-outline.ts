import { BLOCK_NAMES, ROW_ORDERS } from "../report/model/block-options";
import { TOPIC_KEYS } from "../records/topics";

/** OpenAPI paths of a year's outline (app/api/v1/years/{year}/outline/**), with the shared error responses. */
export function outlinePaths(errors: Record<string, unknown>) {
  const year = { name: "year", in: "path", required: true, schema: { type: "integer" } };
  const key = { name: "key", in: "path", required: true, schema: { type: "string" }, description: "栏目键，如 student.party 或 custom-1" };
  const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
  return {
    "/api/v1/years/{year}/outline": {
      get: {
        summary: "年度大纲（章节、叙述、主题、数据表、负责部门）",
        parameters: [year],
        responses: { 200: { description: "ok" }, ...errors },
      },
      post: {
        summary: "按模板重建大纲（叙述保留），或新增一章/一节",
        parameters: [year],
        requestBody: json({
          oneOf: [
            { type: "object", required: ["template"], properties: { template: { type: "string", enum: ["2022", "2024"] } } },
            {
              type: "object",
              required: ["title"],
              properties: {
                title: { type: "string", maxLength: 100 },
                parentKey: { type: ["string", "null"], description: "所属章；不填则新增一章" },
              },
            },
          ],
        }),
        responses: { 200: { description: "rebuilt" }, 201: { description: "added" }, ...errors },
      },
    },
    "/api/v1/years/{year}/outline/{key}": {
      patch: {
        summary: "改标题、上移/下移，或设置主题、数据表（行序、附录）与负责部门",
        parameters: [year, key],
        requestBody: json({
          type: "object",
          properties: {
            title: { type: "string", maxLength: 100 },
            move: { type: "string", enum: ["up", "down"] },
            topics: { type: "array", items: { type: "string", enum: TOPIC_KEYS } },
            blocks: { type: "array", items: { type: "string", enum: BLOCK_NAMES } },
            blockOptions: {
              type: "object",
              additionalProperties: {
                type: "object",
                properties: { order: { type: "string", enum: ROW_ORDERS }, appendix: { type: "boolean" } },
              },
            },
            departmentId: { type: ["string", "null"] },
          },
        }),
        responses: { 200: { description: "ok" }, ...errors },
      },
      delete: {
        summary: "删除空的章节（有叙述文字、下设节或归入的数据时 409）",
        parameters: [year, key],
        responses: { 200: { description: "deleted" }, ...errors },
      },
    },
  };
}
