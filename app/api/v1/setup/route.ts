import { apiRoute, jsonBody } from "@/lib/api/handler";
import { completeSetup } from "@/lib/institution/service";

/** POST { institution: {name, shortName?, city?, website?}, admin?: {username, displayName, password, passwordConfirm} }: first-run set-up; 404 once done. */
export const POST = apiRoute(
  async ({ request, ip }) => {
    const body = await jsonBody(request);
    const { institution, administrator } = await completeSetup({ institution: body.institution, admin: body.admin, ip });
    return Response.json(
      { institution: { id: institution.id, name: institution.name }, administrator: administrator?.username ?? null },
      { status: 201 },
    );
  },
  { allow: "anyone" },
); // a new installation has nobody to sign in as
