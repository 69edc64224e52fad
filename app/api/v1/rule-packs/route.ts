import { apiRoute, jsonBody } from "@/lib/api/handler";
import { RULE_PACK_MAX_BYTES } from "@/lib/rules/pack";
import { importRulePack, listRulePacks } from "@/lib/rules/store";

/** GET (reviewers, admins): the rule packs, with the years that use each. */
export const GET = apiRoute(async ({ actor }) => ({ items: await listRulePacks({ actor }) }));

/** POST a pack file (admins): a new key is created; ?replace=true replaces an own pack no year uses. */
export const POST = apiRoute(
  async ({ request, actor, ip }) => {
    const replace = request.nextUrl.searchParams.get("replace") === "true";
    const { pack, replaced } = await importRulePack({
      actor,
      ip,
      input: await jsonBody(request, { maxBytes: RULE_PACK_MAX_BYTES }),
      replace,
    });
    return Response.json({ key: pack.key, name: pack.name, replaced }, { status: replaced ? 200 : 201 });
  },
  { allow: "rulePacks.manage" },
);
