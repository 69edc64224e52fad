import { apiRoute, jsonBody } from "@/lib/api/handler";
import { completeSetup } from "@/lib/institution/service";

/**
 * POST { setupToken, kind?: "COLLEGE" | "PROVINCE" | "CITY", institution: {name, shortName?, city?, website?}, admin?: {username, displayName, password, passwordConfirm} }:
 * first-run set-up; 403 without the set-up token (server log or NIANBAO_SETUP_TOKEN), 404 once done.
 * Open to anyone signed in or not: a new installation has nobody to sign in as; the token is the guard.
 */
export const POST = apiRoute(
  async ({ request, ip }) => {
    const body = await jsonBody(request);
    const { institution, administrator } = await completeSetup({
      setupToken: body.setupToken,
      institution: body.institution,
      kind: body.kind,
      admin: body.admin,
      ip,
    });
    return Response.json(
      {
        institution: { id: institution.id, name: institution.name, kind: institution.kind },
        administrator: administrator?.username ?? null,
      },
      { status: 201 },
    );
  },
  { allow: "anyone" },
);
