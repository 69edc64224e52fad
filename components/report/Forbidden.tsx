/** Shown to a signed-in user whose role may not open a report page. */
export function Forbidden() {
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-5 text-rose-900">
      <p className="font-semibold">无权访问此页面</p>
      <p className="text-sm">You are not allowed to open this page.</p>
    </div>
  );
}
