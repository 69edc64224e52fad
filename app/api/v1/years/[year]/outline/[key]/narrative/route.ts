import { apiRoute, jsonBody } from "@/lib/api/handler";
import { updateNarrative } from "@/lib/report/outline/narratives";

/** PUT { narrative, version } (reviewers, admins): the section's text; 409 if `version` is stale. Answers the new version. */
export const PUT = apiRoute<{ year: string; key: string }>(async ({ request, params, actor }) => {
  const body = await jsonBody(request);
  const section = await updateNarrative({
    actor,
    year: params.year,
    sectionKey: params.key,
    narrative: body.narrative,
    version: body.version,
  });
  return { key: section.key, narrative: section.narrative, version: section.version };
});
