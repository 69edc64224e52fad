import "server-only";
import { apiRoute } from "../../api/handler";
import { limitedFormData } from "../../api/limited-body";
import { AppError } from "../../errors";
import { bi } from "../../i18n/bilingual";
import { xlsxHeaders } from "../http";
import { MAX_BYTES } from "../parse";
import { SHEET_LABELS, type PeopleSheet } from "./columns";
import { authorizeSheet } from "./commit";
import { acceptPeopleUpload } from "./service";
import { buildPeopleTemplate } from "./template";

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
