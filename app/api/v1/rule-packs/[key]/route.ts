import { apiRoute, jsonBody } from "@/lib/api/handler";
import { RULE_PACK_MAX_BYTES } from "@/lib/rules/pack";
import { getRulePack, updateRulePack } from "@/lib/rules/store";

type Params = { key: string };

/** GET (reviewers, admins): the whole pack, as its file holds it. */
export const GET = apiRoute<Params>(async ({ params, actor }) => getRulePack({ actor, key: params.key }));

/** PUT the whole pack (admins); the key in the address is the pack's key. */
export const PUT = apiRoute<Params>(
  async ({ request, params, actor, ip }) =>
    updateRulePack({ actor, ip, key: params.key, input: await jsonBody(request, { maxBytes: RULE_PACK_MAX_BYTES }) }),
  { allow: "rulePacks.manage" },
);
