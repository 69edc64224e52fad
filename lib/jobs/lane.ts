/**
 * One print at a time in this process: export jobs and reviewers' previews share this lane, so a
 * web server never runs two Chromiums at once. A separate worker process may run several jobs
 * (NIANBAO_WORKER_CONCURRENCY) and skips it.
 */
let tail: Promise<unknown> = Promise.resolve();
let busy = 0;

export function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  busy++;
  const run = tail.then(fn).finally(() => {
    busy--;
  });
  tail = run.catch(() => undefined);
  return run;
}

export const printsInProgress = () => busy;
