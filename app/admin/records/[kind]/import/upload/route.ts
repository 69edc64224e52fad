import { apiRoute } from "@/lib/api/handler";
import { limitedFormData } from "@/lib/api/limited-body";
import { authorizeRecord, deny } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { MAX_BYTES } from "@/lib/import/parse";
import { acceptUpload } from "@/lib/import/service";
import { requireKind } from "@/lib/records/resolve";

const tooLarge = () => new AppError("INVALID", bi("文件不能超过 10 MB", "the file must be at most 10 MB"));

/**
 * POST multipart (file, year): keeps the upload server-side and answers with the preview's
 * address. A route handler rather than a server action, whose request body is limited to 1 MB.
 */
export const POST = apiRoute<{ kind: string }>(async ({ request, params, actor }) => {
  if (!actor) deny(actor);
  const kind = requireKind(params.kind);
  authorizeRecord(actor, "create", { departmentId: actor.departmentId ?? "" }); // before reading the body
  const form = await limitedFormData(request, MAX_BYTES);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("INVALID", bi("请选择要上传的文件", "choose a file to upload"));
  if (file.size > MAX_BYTES) throw tooLarge();
  const token = await acceptUpload({
    actor,
    kind,
    year: Number(form.get("year")),
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  });
  return { token, href: `/admin/records/${kind.slug}/import?token=${token}` };
});
