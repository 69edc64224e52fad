import { redirect } from "next/navigation";
import { guarded, pageActor } from "@/lib/admin/guard";
import { openNotification } from "@/lib/notifications/service";
import { sameOriginPath } from "@/lib/http/safe-redirect";

export const dynamic = "force-dynamic";

/** Following a notice: it is read now, and the person lands where they act. */
export default async function OpenNotification({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const href = await guarded(() => openNotification({ actor, id }));
  redirect(sameOriginPath(href, "/admin/notifications"));
}
