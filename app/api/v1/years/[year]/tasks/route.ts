import { apiRoute } from "@/lib/api/handler";
import { may } from "@/lib/auth/policy";
import { presentTask } from "@/lib/tasks/present";
import { myTasks, taskBoard } from "@/lib/tasks/service";

type P = { year: string };

/** GET: the quality office's whole board of the year; staff get their own tasks of the year. */
export const GET = apiRoute<P>(async ({ params, actor }) => {
  const year = Number(params.year);
  if (may(actor, "tasks.manage")) {
    const board = await taskBoard({ actor, year });
    return { year, total: board.total, done: board.done, overdue: board.overdue, tasks: board.rows.map(presentTask) };
  }
  return { year, tasks: (await myTasks({ actor, year })).map(presentTask) };
});
