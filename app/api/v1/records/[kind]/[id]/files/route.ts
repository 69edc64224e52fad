import { apiRoute } from "@/lib/api/handler";
import { deny } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { limitedFormData } from "@/lib/api/limited-body";
import { attachFile, authorizeAttach, listAttachments } from "@/lib/evidence/service";
import { maxUploadBytes } from "@/lib/files/sniff";
import { bi } from "@/lib/i18n/bilingual";
import { requireKind } from "@/lib/records/resolve";

type P = { kind: string; id: string };
const present = (f: { id: string; originalName: string; mimeType: string; size: number; width: number | null; height: number | null }) => ({
  id: f.id,
  name: f.originalName,
  mimeType: f.mimeType,
  size: f.size,
  width: f.width,
  height: f.height,
  url: `/files/${f.id}/original`,
  thumbnail: f.mimeType.startsWith("image/") ? `/files/${f.id}/thumb` : null,
});

export const GET = apiRoute<P>(async ({ params, actor }) => ({
  items: (await listAttachments({ actor, kind: requireKind(params.kind), recordId: params.id })).map(present),
}));

/** POST multipart/form-data with `file`: attaches evidence to the record. */
export const POST = apiRoute<P>(async ({ request, params, actor }) => {
  if (!actor) deny(actor);
  const kind = requireKind(params.kind);
  await authorizeAttach({ actor, kind, recordId: params.id });
  const form = await limitedFormData(request, maxUploadBytes());
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID", bi("请选择要上传的文件", "choose a file to upload"));
  const stored = await attachFile({ actor, kind, recordId: params.id, bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
  return Response.json(present(stored), { status: 201 });
});
