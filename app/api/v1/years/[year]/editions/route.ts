import { apiRoute } from "@/lib/api/handler";
import { listEditions, publishEdition } from "@/lib/report/editions";

type P = { year: string };
const present = (e: { version: number; title: string; publishedAt: Date; publishedBy: string | null; year: number }) => ({
  version: e.version,
  title: e.title,
  publishedAt: e.publishedAt.toISOString(),
  publishedBy: e.publishedBy,
  url: `/reports/${e.year}?edition=${e.version}`,
});

/** GET: the year's published editions, newest first (public). */
export const GET = apiRoute<P>(async ({ params }) => ({ items: (await listEditions({ year: Number(params.year) })).map(present) }));

/** POST (reviewers, admins): publishes a new edition from the approved data. */
export const POST = apiRoute<P>(async ({ params, actor }) =>
  Response.json(present(await publishEdition({ actor, year: Number(params.year) })), { status: 201 }),
);
