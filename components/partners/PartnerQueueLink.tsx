import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { may } from "@/lib/auth/policy";
import { partnerReviewQueue } from "@/lib/partners/service";
import { usedModules } from "@/lib/admin/modules";

/** The partner-enterprise reports awaiting review, as one line of the review queue (they are reviewed on /admin/partners). */
export async function PartnerQueueLink({ actor }: { actor: Actor }) {
  if (!may(actor, "partners.review")) return null;
  // A college without partner enterprises has no such line (not 「待审核：0份」).
  if (!(await usedModules()).partners) return null;
  const waiting = (await partnerReviewQueue({ actor })).length;
  return (
    <p className="text-sm" data-testid="partner-queue-link">
      <Link href="/admin/partners" className="text-brand-700 underline">
        合作企业年度报告待审核：{waiting}份
      </Link>
    </p>
  );
}
