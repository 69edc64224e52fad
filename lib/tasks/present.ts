import type { TaskRow } from "./service";

/** A task row as the API returns it: plain JSON, the policy's scope left out. */
export function presentTask(r: TaskRow) {
  const { scope: _scope, completedAt, ...rest } = r;
  return { ...rest, completedAt: completedAt?.toISOString() ?? null };
}
