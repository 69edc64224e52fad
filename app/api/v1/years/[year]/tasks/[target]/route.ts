import { apiRoute, jsonBody } from "@/lib/api/handler";
import { presentTask } from "@/lib/tasks/present";
import { assignTask } from "@/lib/tasks/service";

type P = { year: string; target: string };

/** PUT (reviewers, admins): a section's or case's lead, supporting departments, writer, due date and note. */
export const PUT = apiRoute<P>(async ({ request, params, actor, ip }) => {
  const row = await assignTask({
    actor,
    ip,
    year: Number(params.year),
    target: decodeURIComponent(params.target),
    input: await jsonBody(request),
  });
  return presentTask(row);
});
