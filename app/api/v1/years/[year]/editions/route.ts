import { apiRoute, jsonBody } from "@/lib/api/handler";
import { z } from "zod";
import { listEditions, type EditionMeta } from "@/lib/report/editions/editions";
import { publishWithChecks } from "@/lib/report/editions/publish";
import { invalidInput } from "@/lib/errors";

type P = { year: string };
const present = (e: EditionMeta) => ({
  version: e.version,
  title: e.title,
  publishedAt: e.publishedAt.toISOString(),
  publishedBy: e.publishedBy,
  // 校领导审定: who signed the content off, when, and the hash of the content signed.
  signoff: e.signoff && { by: e.signoff.by, at: e.signoff.at?.toISOString() ?? null, contentHash: e.signoff.contentHash },
  url: `/reports/${e.year}?edition=${e.version}`,
});

/** GET: the year's published editions, newest first (public). */
export const GET = apiRoute<P>(async ({ params }) => ({ items: (await listEditions({ year: Number(params.year) })).map(present) }));

const ZPublishBody = z.object({ note: z.unknown().optional(), acknowledge: z.array(z.string().max(40)).max(20).default([]) });

/**
 * POST (reviewers, admins): publishes a new edition from the approved data. Body (optional):
 * { note: "更新说明", acknowledge: ["UNREVIEWED", …] }. While the year has open warnings, 409 names
 * them (error.fieldErrors.acknowledge); send their codes in `acknowledge` to publish anyway.
 * 409 too without a leader's sign-off of this content where the institution requires one.
 */
export const POST = apiRoute<P>(async ({ params, actor, request }) => {
  const empty = !request.body || request.headers.get("content-length") === "0";
  const parsed = ZPublishBody.safeParse(empty ? {} : await jsonBody(request));
  if (!parsed.success) throw invalidInput(parsed.error);
  const body = parsed.data;
  const edition = await publishWithChecks({ actor, year: Number(params.year), note: body.note, acknowledged: body.acknowledge });
  return Response.json({ ...present(edition), note: edition.note, warnings: edition.warnings }, { status: 201 });
});
