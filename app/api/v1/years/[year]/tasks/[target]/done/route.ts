import { apiRoute, jsonBody } from "@/lib/api/handler";
import { presentTask } from "@/lib/tasks/present";
import { completeTask } from "@/lib/tasks/service";

type P = { year: string; target: string };

/** POST { done }: the writer, the lead department or the quality office marks the task done (or not). */
export const POST = apiRoute<P>(async ({ request, params, actor, ip }) => {
  const row = await completeTask({
    actor,
    ip,
    year: Number(params.year),
    target: decodeURIComponent(params.target),
    input: await jsonBody(request),
  });
  return presentTask(row);
});
