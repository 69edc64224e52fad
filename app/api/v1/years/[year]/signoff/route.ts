import { apiRoute, jsonBody } from "@/lib/api/handler";
import { authorize } from "@/lib/auth/policy";
import { currentSignoff, decideSignoff, requestSignoff, type SignoffView } from "@/lib/report/editions/signoff";

type P = { year: string };
const present = (s: SignoffView | null) =>
  s && {
    status: s.status,
    contentHash: s.contentHash,
    requestedBy: s.requestedBy,
    requestedAt: s.requestedAt.toISOString(),
    decidedBy: s.decidedBy,
    decidedAt: s.decidedAt?.toISOString() ?? null,
    comment: s.comment,
    publishedVersion: s.publishedVersion,
  };

/** GET (reviewers, admins, leaders): the year's latest sign-off request, or null. */
export const GET = apiRoute<P>(async ({ params, actor }) => {
  authorize(actor, "report.preview");
  return { signoff: present(await currentSignoff({ year: Number(params.year) })) };
});

/**
 * POST { action: "request" } (reviewers, admins): marks the report as it stands 待审定.
 * POST { action: "sign" | "return", comment? } (leaders): signs it off or sends it back (comment required).
 */
export const POST = apiRoute<P>(async ({ request, params, actor }) => {
  const year = Number(params.year);
  const body = await jsonBody(request);
  const signoff =
    body.action === "request"
      ? await requestSignoff({ actor, year })
      : await decideSignoff({ actor, year, input: { decision: body.action, comment: body.comment } });
  return Response.json(present(signoff), { status: body.action === "request" ? 201 : 200 });
});
