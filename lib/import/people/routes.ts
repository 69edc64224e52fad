import "server-only";
import { apiRoute } from "../../api/handler";
import { limitedFormData } from "../../api/limited-body";
import { AppError } from "../../errors";
import { bi } from "../../i18n/bilingual";
import { xlsxHeaders } from "../http";
import { MAX_BYTES } from "../parse";
import { SHEET_LABELS, type PeopleSheet } from "./columns";
import { authorizeSheet, PeopleSheetRefused } from "./commit";
import { acceptPeopleUpload, commitPeople, previewPeople } from "./service";
import { buildPeopleTemplate } from "./template";
import { cacheControl } from "../../http/cache";

/** The upload and template route handlers of /admin/{departments,users}/import (one pair per sheet). */
export const peopleUploadRoute = (sheet: PeopleSheet) =>
  apiRoute(async ({ request, actor }) => {
    authorizeSheet(actor, sheet); // before reading the body
    const form = await limitedFormData(request, MAX_BYTES);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", bi("请选择要上传的文件", "choose a file to upload"));
    const token = await acceptPeopleUpload({ actor, sheet, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return { token, href: `${SHEET_LABELS[sheet].page}/import?token=${token}` };
  });

export const peopleTemplateRoute = (sheet: PeopleSheet) =>
  apiRoute(async ({ actor }) => {
    authorizeSheet(actor, sheet);
    const body = await buildPeopleTemplate(sheet);
    return new Response(new Uint8Array(body), {
      headers: xlsxHeaders(`${sheet}-template.xlsx`, `${SHEET_LABELS[sheet].zh}导入模板.xlsx`),
    });
  });

/**
 * POST /api/v1/{departments,users}/import, multipart `file` (+ `commit=true`): without commit a
 * preview (nothing saved); with it, every row or none. The one-time passwords are in this one
 * answer only.
 */
export const peopleApiImportRoute = (sheet: PeopleSheet) =>
  apiRoute(async ({ request, actor, ip }) => {
    authorizeSheet(actor, sheet); // before reading the body
    const form = await limitedFormData(request, MAX_BYTES);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", bi("请选择要上传的文件", "choose a file to upload"));
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (form.get("commit") !== "true") {
      const preview = await previewPeople({ actor, sheet, bytes });
      return {
        total: preview.total,
        valid: preview.valid.length,
        // An admin-set password is never echoed back.
        rows: preview.valid.map((r) => ({ row: r.row, ...withoutPassword(r.data) })),
        issues: preview.issues,
      };
    }
    try {
      const done = await commitPeople({ actor, sheet, bytes, ip });
      return Response.json(done, { status: 201, headers: cacheControl("no-store") });
    } catch (err) {
      if (err instanceof PeopleSheetRefused) {
        return Response.json({ error: { code: err.code, message: err.message, issues: err.issues } }, { status: err.status });
      }
      throw err;
    }
  });

function withoutPassword<T extends object>(data: T): Omit<T, "password"> & { password?: "set" | "one-time" } {
  if (!("password" in data)) return data;
  const { password, ...rest } = data as T & { password: string | null };
  return { ...rest, password: password === null ? "one-time" : "set" };
}
