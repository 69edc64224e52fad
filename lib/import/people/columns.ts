import { ZRole } from "../../users/schema";
import { enumLabel } from "../../records/labels";

/**
 * The two people spreadsheets (部门 and 用户), declared once: the template, the preview, the
 * validation and the API document all read these columns. Headers may be given in Chinese, in
 * English or as the field name (normalizeHeader in ../columns.ts decides what counts as equal).
 */
export type PeopleSheet = "departments" | "users";
export const PEOPLE_SHEETS: readonly PeopleSheet[] = ["departments", "users"];

export type PeopleColumn = { field: string; zh: string; en: string; required: boolean; help: string; example: string };

export const PEOPLE_COLUMNS: Record<PeopleSheet, PeopleColumn[]> = {
  departments: [
    {
      field: "name",
      zh: "部门名称",
      en: "Name",
      required: true,
      help: "必填（required）；2-50个字符，不能与已有部门重名",
      example: "智能制造学院",
    },
    { field: "shortName", zh: "简称", en: "Short name", required: false, help: "最多20个字符", example: "智造" },
    {
      field: "order",
      zh: "排序",
      en: "Order",
      required: false,
      help: "整数，越小越靠前；不填则按表中顺序排在已有部门之后",
      example: "10",
    },
    { field: "active", zh: "启用", en: "Active", required: false, help: "是 / 否；不填为“是”", example: "是" },
  ],
  users: [
    {
      field: "username",
      zh: "用户名",
      en: "Username",
      required: true,
      help: "必填（required）；2-40位字母、数字、点、下划线或连字符，不能与已有用户重复",
      example: "zhangsan",
    },
    { field: "displayName", zh: "姓名", en: "Display name", required: true, help: "必填（required）", example: "张三" },
    {
      field: "role",
      zh: "角色",
      en: "Role",
      required: true,
      help: `必填（required）；可选：${ZRole.options.map((r) => enumLabel(r)).join("、")}`,
      example: enumLabel("STAFF"),
    },
    {
      field: "department",
      zh: "部门",
      en: "Department",
      required: false,
      help: "部门名称（须已存在且启用）；系部填报员必填",
      example: "智能制造学院",
    },
    {
      field: "password",
      zh: "初始密码",
      en: "Password",
      required: false,
      help: "可不填：系统生成一次性密码，导入后只显示一次，用户首次登录须修改。填写时至少10位，包含大写字母、小写字母、数字、符号中的至少三类",
      example: "",
    },
  ],
};

export const SHEET_LABELS: Record<PeopleSheet, { zh: string; en: string; page: string; action: "departments.manage" | "users.manage" }> = {
  departments: { zh: "部门", en: "Departments", page: "/admin/departments", action: "departments.manage" },
  users: { zh: "用户", en: "Users", page: "/admin/users", action: "users.manage" },
};

/** Role cell text → role: the Chinese label, the English label or the value itself. */
export function roleLookup(): Map<string, string> {
  const map = new Map<string, string>();
  for (const role of ZRole.options) {
    for (const name of [role, enumLabel(role), enumLabel(role, "en")]) map.set(name.replace(/\s+/g, "").toLowerCase(), role);
  }
  // What people also write in the role column.
  map.set("填报员", "STAFF");
  return map;
}
