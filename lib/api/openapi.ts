import { z } from "zod";
import { ZDepartment } from "../departments/schema";
import { PEOPLE_COLUMNS, type PeopleSheet } from "../import/people/columns";
import { ZFirstAdmin, ZInstitution, ZSignoffSettings } from "../institution/schema";
import { RECORD_KINDS, type RecordKind } from "../records/kinds";
import { ZNarrativeUpdate } from "../report/outline/narratives";
import { ZTaskAssignment, ZTaskDone, ZTaskRemind } from "../tasks/schema";
import { ZNewUser, ZRole } from "../users/schema";
import { ZOpenYear, ZYearChange } from "../years/schema";
import { ZRulePack } from "../rules/pack";
import { outlinePaths } from "./openapi-outline";
import { ZPackageSent } from "../package/log-schema";
import { ZCollege } from "../province/schema";

/** The JSON schema of what a zod schema accepts (its input side), for a request body. */
const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

/**
 * OpenAPI 3.1 description of /api/v1: record bodies from the record kinds' declarations, the
 * administration's bodies from the same zod schemas the services parse. Every route handler under
 * app/api/v1 must appear here (lib/api/openapi.test.ts walks them, and checks README's JSON API section lists them).
 */
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
  const multipartFile = (extra: Record<string, unknown>) => ({
    content: {
      "multipart/form-data": {
        schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" }, ...extra } },
      },
    },
  });
  const updateRecord = {
    summary: "修改记录（乐观锁：version 过期时 409）",
    parameters: [] as unknown[],
    requestBody: json({ type: "object", required: ["version", "data"], properties: { version: { type: "integer" }, data: {} } }),
    responses: { 200: { description: "ok" }, ...errors },
  };
  const kindParam = { name: "kind", in: "path", required: true, schema: { type: "string", enum: kinds.map((k) => k.slug) } };
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
  updateRecord.parameters = [kindParam, idParam];
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
        put: updateRecord,
        patch: { ...updateRecord, summary: "修改记录（同 PUT）" },
        delete: {
          summary: "删除草稿或被退回的记录（软删除，管理员可恢复）",
          parameters: [kindParam, idParam, { name: "version", in: "query", required: true, schema: { type: "integer" } }],
          responses: { 204: { description: "deleted" }, ...errors },
        },
      },
      "/api/v1/records/{kind}/{id}/{action}": {
        post: {
          summary:
            "流程操作：submit 提交审核、withdraw 撤回、dept-approve 部门负责人审核通过（启用部门审核时）、approve 审核通过、return 退回（需原因）、restore 恢复已删除的记录（管理员）、meta 更改所属年度或主要成果标记",
          parameters: [
            kindParam,
            idParam,
            {
              name: "action",
              in: "path",
              required: true,
              schema: { type: "string", enum: ["submit", "withdraw", "dept-approve", "approve", "return", "restore", "meta"] },
            },
          ],
          requestBody: json({
            type: "object",
            properties: {
              version: { type: "integer" },
              reason: { type: "string", description: "return 时必填" },
              year: { type: "integer", description: "meta：新的所属年度" },
              highlight: { type: "boolean", description: "meta：主要成果标记" },
            },
          }),
          responses: { 200: { description: "ok" }, ...errors },
        },
      },
      "/api/v1/records/{kind}/{id}/files": {
        get: { summary: "附件列表", parameters: [kindParam, idParam], responses: { 200: { description: "ok" }, ...errors } },
        post: {
          summary: "上传附件（佐证材料）",
          parameters: [kindParam, idParam],
          requestBody: multipartFile({}),
          responses: { 201: { description: "created" }, 413: errors["400"], ...errors },
        },
      },
      "/api/v1/records/{kind}/{id}/history": {
        get: { summary: "审计历史", parameters: [kindParam, idParam], responses: { 200: { description: "ok" }, ...errors } },
      },
      "/api/v1/public/{year}/{kind}": {
        get: {
          summary:
            "公开数据（仅已审核通过）：每条只含该类记录声明的字段及 id、kind、year、status、departmentId、department、topic、highlight",
          parameters: [{ name: "year", in: "path", required: true, schema: { type: "integer" } }, kindParam],
          responses: { 200: { description: "ok" }, ...errors },
        },
      },
      ...adminPaths(errors),
    },
    components: { schemas },
  };
}

type Responses = Record<string, unknown>;

/** The administration: set-up, institution, departments, users (and their import), years, outline, narratives, editions. */
function adminPaths(errors: Responses) {
  const ok = (description = "ok") => ({ 200: { description }, ...errors });
  const created = { 201: { description: "created" }, ...errors };
  const yearParam = { name: "year", in: "path", required: true, schema: { type: "integer" } };
  const versionParam = { name: "version", in: "path", required: true, schema: { type: "integer" } };
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
  const targetParam = {
    name: "target",
    in: "path",
    required: true,
    schema: { type: "string" },
    description: "任务对象：section:栏目键 或 case:案例记录编号（URL 编码）",
  };
  const keyParam = { name: "key", in: "path", required: true, schema: { type: "string" }, description: "栏目键 section key" };
  const packKey = { name: "key", in: "path", required: true, schema: { type: "string" }, description: "规则包键 rule pack key" };
  const peopleImport = (sheet: PeopleSheet, zh: string) => ({
    post: {
      summary: `从表格导入${zh}（先预览，commit=true 时全部创建或全部不创建）`,
      description: `列（columns）：${PEOPLE_COLUMNS[sheet].map((c) => `${c.zh} / ${c.en}${c.required ? "（必填）" : ""}`).join("；")}。${
        sheet === "users" ? "未填初始密码的用户获得一次性密码，只在本次响应中返回一次，首次登录须修改。" : ""
      }`,
      requestBody: {
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file"],
              properties: {
                file: { type: "string", format: "binary", description: ".xlsx 或 .csv，不超过 10 MB" },
                commit: { type: "string", enum: ["true", "false"], description: "true：无错误时保存；否则只预览" },
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: "预览（preview）：total, valid, issues[{row, column, message}]",
        },
        201: { description: "已导入（committed）：created[], oneTimePasswords[{username, displayName, password}]" },
        ...errors,
      },
    },
  });
  // 学校设置 through the API: a partial update of the details and sign-off settings, the logo included.
  const institutionFields = {
    ...(jsonOf(ZInstitution.partial()) as { properties: Record<string, unknown> }).properties,
    ...(jsonOf(ZSignoffSettings) as { properties: Record<string, unknown> }).properties,
  };
  const institutionUpdate = {
    summary: "修改学校信息与审定设置（管理员；只改所给字段，未给的保持不变）",
    requestBody: {
      content: {
        "application/json": {
          schema: {
            type: "object",
            properties: {
              ...institutionFields,
              logo: {
                type: ["string", "null"],
                description: "校徽/标志：base64 或 data: URL（JPEG、PNG、WebP，按内容判断；SVG 不接受；不超过上传限制）；null 删除",
              },
              logoName: { type: "string", description: "校徽文件名（可选）" },
            },
          },
        },
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: {
              ...institutionFields,
              logo: { type: "string", format: "binary", description: "校徽/标志图片文件" },
              removeLogo: { type: "string", enum: ["true"], description: "删除校徽" },
            },
          },
        },
      },
    },
    responses: ok(),
  };
  return {
    "/api/v1/openapi.json": { get: { summary: "本文档 this document", responses: ok() } },
    "/api/v1/setup": {
      post: {
        summary: "首次设置（仅在尚无学校时可用，之后 404；须附服务器日志中的设置口令，否则 403）",
        requestBody: json({
          type: "object",
          required: ["setupToken", "institution"],
          properties: {
            setupToken: { type: "string", description: "初始设置口令：npm start 的日志，或 NIANBAO_SETUP_TOKEN（set-up token）" },
            institution: jsonOf(ZInstitution),
            admin: jsonOf(ZFirstAdmin),
          },
        }),
        responses: created,
      },
    },
    "/api/v1/institution": {
      get: { summary: "学校信息（公开）", responses: ok() },
      put: institutionUpdate,
      patch: { ...institutionUpdate, summary: "修改学校信息（同 PUT）" },
    },
    "/api/v1/departments": {
      get: {
        summary: "部门列表（公开；all=1 含已停用）",
        parameters: [{ name: "all", in: "query", schema: { type: "string", enum: ["1"] } }],
        responses: ok(),
      },
      post: { summary: "新建部门（管理员）", requestBody: json(jsonOf(ZDepartment)), responses: created },
    },
    "/api/v1/departments/import": peopleImport("departments", "部门"),
    "/api/v1/departments/{id}": {
      patch: {
        summary: "改名、停用/启用或移动部门（管理员；每次一种修改）",
        parameters: [idParam],
        requestBody: json({
          oneOf: [
            jsonOf(ZDepartment),
            { type: "object", required: ["active"], properties: { active: { type: "boolean" } } },
            { type: "object", required: ["move"], properties: { move: { type: "string", enum: ["up", "down"] } } },
          ],
        }),
        responses: ok(),
      },
      delete: {
        summary: "删除部门（管理员；有记录或用户时 409，请停用）",
        parameters: [idParam],
        responses: { 204: { description: "deleted" }, ...errors },
      },
    },
    "/api/v1/users": {
      get: { summary: "用户列表（管理员）", responses: ok() },
      post: { summary: "新建用户（管理员）", requestBody: json(jsonOf(ZNewUser)), responses: created },
    },
    "/api/v1/users/import": peopleImport("users", "用户"),
    "/api/v1/users/{id}": {
      patch: {
        summary: "修改角色与部门，或停用/启用用户（管理员）",
        parameters: [idParam],
        requestBody: json({
          oneOf: [
            {
              type: "object",
              required: ["role"],
              properties: { role: { type: "string", enum: ZRole.options }, departmentId: { type: ["string", "null"] } },
            },
            { type: "object", required: ["active"], properties: { active: { type: "boolean" } } },
          ],
        }),
        responses: ok(),
      },
    },
    "/api/v1/users/{id}/password": {
      post: {
        summary: "重置密码（管理员）：返回一次性密码（只在本次响应中返回一次），用户下次登录须修改",
        parameters: [idParam],
        responses: { 200: { description: "{ id, username, oneTimePassword }" }, ...errors },
      },
    },
    "/api/v1/years": {
      get: { summary: "报告年度列表（公开）", responses: ok() },
      post: {
        summary: "开启新年度（管理员）：source 为规则包的键（如 2024）或 previous（沿用上年）；可设报告标题 title",
        requestBody: json(jsonOf(ZOpenYear)),
        responses: { ...created, 201: { description: "created：年度信息及 carried（沿用上年复制为草稿的记录数）" } },
      },
    },
    "/api/v1/years/{year}": {
      patch: {
        summary: "修改年度状态、截止日期或报告标题 title（管理员；归档后只读，写入 409；title 为空恢复默认「{year}年度质量报告」）",
        parameters: [yearParam],
        requestBody: json(jsonOf(ZYearChange)),
        responses: ok(),
      },
    },
    ...outlinePaths(errors),
    "/api/v1/years/{year}/outline/{key}/narrative": {
      put: {
        summary: "修改栏目叙述（审核员、管理员；version 过期时 409）",
        parameters: [yearParam, keyParam],
        requestBody: json(jsonOf(ZNarrativeUpdate.pick({ narrative: true, version: true }))),
        responses: ok("ok：{ key, narrative, version }（新的版本号）"),
      },
    },
    "/api/v1/years/{year}/editions": {
      get: { summary: "已发布版本（公开）", parameters: [yearParam], responses: ok() },
      post: {
        summary: "发布新版本（审核员、管理员；启用校领导审定时须先审定当前内容）",
        parameters: [yearParam],
        requestBody: json({
          type: "object",
          properties: {
            note: { type: "string", description: "更新说明" },
            acknowledge: { type: "array", items: { type: "string" }, description: "已确认的发布前提示代码" },
          },
        }),
        responses: created,
      },
    },
    "/api/v1/years/{year}/editions/{version}/package": {
      get: {
        summary:
          "下载一个已发布版本的报送包（质量办、管理员、校领导）：zip，含 report.json（docs/package-schema.json）、PDF、Word、数据表、合作企业报告、图片与 manifest.json（SHA-256）；打印件正在生成时 202，未设置学校标识码时 400；每次下载记入报送记录",
        parameters: [yearParam, versionParam],
        responses: { ...ok("application/zip 附件 attachment"), 202: { description: "正在生成打印件，稍后重试（Retry-After）" } },
      },
    },
    "/api/v1/years/{year}/editions/{version}/package/sent": {
      post: {
        summary: "记录已报送（质量办、管理员）：note 写明报送方式与对象",
        parameters: [yearParam, versionParam],
        requestBody: json(jsonOf(ZPackageSent)),
        responses: created,
      },
    },
    "/api/v1/province/submissions": {
      post: {
        summary:
          "省级/地市级安装：学校报送包（请求体为 zip 本身）。学校账号只能报送本校；核对清单、SHA-256、格式与学校标识码，任何问题都列出并拒收（400）；同一文件重复报送不重复入库（200）",
        requestBody: { required: true, content: { "application/zip": { schema: { type: "string", format: "binary" } } } },
        responses: { ...created, 200: { description: "已收到过同一报送包 already received" } },
      },
    },
    "/api/v1/province/colleges": {
      get: { summary: "省级/地市级安装：学校名录（审核员、管理员）", responses: ok() },
      post: {
        summary: "登记一所学校（管理员）：学校标识码、名称、办学类型（中职/高职/本科）、所在城市；标识码已登记时 409",
        requestBody: json(jsonOf(ZCollege)),
        responses: created,
      },
    },
    "/api/v1/province/tables": {
      get: {
        summary:
          "省级/地市级安装：各校指标汇总表（审核员、管理员、领导）。比率为 Σ分子/Σ分母（不是各校比率的平均），人数、金额为合计；每行给出本年与上年的值、打印文字、分子、分母，按全部、办学类型或城市分组",
        parameters: [
          { name: "year", in: "query", schema: { type: "integer" }, description: "年度；省略时为最近有报送的年度" },
          { name: "group", in: "query", schema: { type: "string", enum: ["all", "type", "city"], default: "all" } },
        ],
        responses: ok(),
      },
    },
    "/api/v1/rule-packs": {
      get: { summary: "年报规则包列表及使用它们的年度（审核员、管理员）", responses: ok() },
      post: {
        summary: "导入规则包文件（管理员）：新键则新建；replace=true 时覆盖本校自建且未被任何年度使用的规则包",
        parameters: [{ name: "replace", in: "query", schema: { type: "string", enum: ["true"] } }],
        requestBody: json(jsonOf(ZRulePack)),
        responses: { ...created, 200: { description: "已覆盖 replaced" } },
      },
    },
    "/api/v1/rule-packs/{key}": {
      get: { summary: "一个规则包的全部内容（审核员、管理员）", parameters: [packKey], responses: ok() },
      put: { summary: "修改规则包（管理员；键不能修改）", parameters: [packKey], requestBody: json(jsonOf(ZRulePack)), responses: ok() },
    },
    "/api/v1/rule-packs/{key}/export": {
      get: {
        summary: "导出规则包为一个 JSON 文件（下载；审核员、管理员）",
        parameters: [packKey],
        responses: ok("application/json 附件 attachment"),
      },
    },
    "/api/v1/years/{year}/tasks": {
      get: {
        summary: "任务看板：审核员、管理员得到本年度全部章节和案例的任务（含逾期数）；填报员、部门负责人得到自己的任务",
        parameters: [yearParam],
        responses: ok(),
      },
    },
    "/api/v1/years/{year}/tasks/{target}": {
      put: {
        summary: "分配任务（审核员、管理员）：牵头部门（仅章节）、配合部门、撰写人、截止日期、备注；version 过期时 409",
        parameters: [yearParam, targetParam],
        requestBody: json(jsonOf(ZTaskAssignment)),
        responses: ok(),
      },
    },
    "/api/v1/years/{year}/tasks/{target}/done": {
      post: {
        summary: "标记任务完成或撤销（撰写人、牵头部门、审核员、管理员；章节须已有叙述文字）",
        parameters: [yearParam, targetParam],
        requestBody: json(jsonOf(ZTaskDone)),
        responses: ok(),
      },
    },
    "/api/v1/years/{year}/tasks/remind": {
      post: {
        summary: "发送任务提醒（审核员、管理员）：通知撰写人和牵头部门的填报员；不指定 targets 时提醒全部逾期任务",
        parameters: [yearParam],
        requestBody: json(jsonOf(ZTaskRemind)),
        responses: ok(),
      },
    },
    "/api/v1/years/{year}/signoff": {
      get: { summary: "最近一次校领导审定（审核员、管理员、校领导）", parameters: [yearParam], responses: ok() },
      post: {
        summary: "提交审定（request，审核员、管理员）；审定通过（sign）或退回（return，需意见，校领导）",
        parameters: [yearParam],
        requestBody: json({
          type: "object",
          required: ["action"],
          properties: {
            action: { type: "string", enum: ["request", "sign", "return"] },
            comment: { type: "string", description: "return 时必填" },
          },
        }),
        responses: ok(),
      },
    },
  };
}
