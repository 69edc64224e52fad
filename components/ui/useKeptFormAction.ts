"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

/**
 * useActionState for forms that keep what the user chose.
 *
 * React 19 resets a `<form action={fn}>` after its action returns. Text inputs survive that only
 * because we echo their values back as `defaultValue`, but a `<select>`, checkbox or radio shows
 * its *initial* default again — so after a refused save the next save stored the reset values.
 * Submitting through `onSubmit` and dispatching the action ourselves skips the automatic reset:
 * every control keeps exactly what the user left in it. `resetOnSuccess` clears forms that make
 * something new (a new user, an upload), which the automatic reset used to do for them.
 */
export function useKeptFormAction(
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>,
  initial: ActionResult,
  options: { resetOnSuccess?: boolean; onSubmit?: () => void } = {},
) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  const { resetOnSuccess } = options;

  useEffect(() => {
    if (resetOnSuccess && state !== initial && state.ok) formRef.current?.reset();
  }, [state, initial, resetOnSuccess]);

  // After a refusal, focus goes to the first field it names (else the message), not the page body.
  useEffect(() => {
    if (state === initial || state.ok) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    if (target && !target.matches("input, select, textarea, button, a")) target.tabIndex = -1;
    target?.focus();
  }, [state, initial]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The submitter carries the pressed button's name/value (e.g. approve vs return).
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    options.onSubmit?.();
    startTransition(() => dispatch(form));
  };

  return { state, pending, formProps: { ref: formRef, onSubmit } };
}
