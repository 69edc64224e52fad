import type { ActionResult } from "@/lib/actions/result";

/** A form's result in one line: the refusal (alert) or the confirmation (status), in the user's words. */
export function ActionMessage({ state }: { state: ActionResult }) {
  if (!state.ok)
    return (
      <p role="alert" className="text-sm text-rose-700">
        {state.message}
      </p>
    );
  return state.message ? (
    <p role="status" className="text-sm text-emerald-700">
      {state.message}
    </p>
  ) : null;
}
