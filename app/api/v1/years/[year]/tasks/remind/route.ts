import { apiRoute, jsonBody } from "@/lib/api/handler";
import { remindTasks } from "@/lib/tasks/reminders";

type P = { year: string };

/** POST { targets? } (reviewers, admins): remind the named tasks' people, or those of every overdue task. */
export const POST = apiRoute<P>(async ({ request, params, actor, ip }) => {
  return remindTasks({ actor, ip, year: Number(params.year), input: await jsonBody(request) });
});
