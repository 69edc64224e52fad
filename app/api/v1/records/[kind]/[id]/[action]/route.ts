import { apiRoute, jsonBody } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { bi } from "@/lib/i18n/bilingual";
import { presentRecord } from "@/lib/records/access";
import { requireKind } from "@/lib/records/resolve";
import { changeRecordMeta, restoreRecord } from "@/lib/records/write";
import { transitionRecord, type Transition } from "@/lib/workflow/transitions";

type P = { kind: string; id: string; action: string };
const TRANSITIONS = new Set<Transition>(["submit", "withdraw", "deptApprove", "approve", "return"]);

/**
 * POST …/{submit|withdraw|dept-approve|approve|return} { version?, reason? } (dept-approve: 部门负责人审核通过);
 * …/restore (admins: a deleted record back); …/meta { version, year?, highlight? }.
 */
export const POST = apiRoute<P>(async ({ request, params, actor, ip }) => {
  const kind = requireKind(params.kind);
  // A missing or malformed body means no options; a too-large one is still refused (413).
  const body =
    request.headers.get("content-length") === "0"
      ? {}
      : await jsonBody(request).catch((err: unknown) => {
          if (err instanceof AppError && err.code === "TOO_LARGE") throw err;
          return {};
        });
  if (params.action === "restore") return presentRecord(await restoreRecord({ actor, ip, kind, id: params.id }), actor);
  if (params.action === "meta") {
    const { version, ...input } = body as { version?: unknown };
    if (!Number.isInteger(Number(version))) throw new AppError("INVALID", bi("缺少版本号 version", "version is required"));
    return presentRecord(await changeRecordMeta({ actor, ip, kind, id: params.id, version: Number(version), input }), actor);
  }
  const transition = (params.action === "dept-approve" ? "deptApprove" : params.action) as Transition;
  if (!TRANSITIONS.has(transition)) throw new AppError("NOT_FOUND", bi("没有这个操作", "unknown action"));
  const version = body.version === undefined ? undefined : Number(body.version);
  const record = await transitionRecord({ actor, ip, kind, id: params.id, transition, version, reason: body.reason });
  return presentRecord(record, actor);
});
