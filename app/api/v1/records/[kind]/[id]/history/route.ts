import { apiRoute } from "@/lib/api/handler";
import { recordHistory } from "@/lib/records/history";
import { requireKind } from "@/lib/records/resolve";

type P = { kind: string; id: string };

export const GET = apiRoute<P>(async ({ params, actor }) => ({
  items: await recordHistory({ actor, kind: requireKind(params.kind), id: params.id }),
}));
