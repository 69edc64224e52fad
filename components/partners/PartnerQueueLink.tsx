import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { may } from "@/lib/auth/policy";
import { fill } from "@/lib/i18n/define";
import { translate } from "@/lib/i18n/server";
import { partners } from "@/lib/i18n/messages/partners";
import { partnerReviewQueue } from "@/lib/partners/service";
import { usedModules } from "@/lib/admin/modules";

/** The partner-enterprise reports awaiting review, as one line of the review queue (they are reviewed on /admin/partners). */
export async function PartnerQueueLink({ actor }: { actor: Actor }) {
  if (!may(actor, "partners.review")) return null;
  // A college without partner enterprises has no such line (not "awaiting review: 0").
  if (!(await usedModules()).partners) return null;
  const [waiting, { t }] = await Promise.all([partnerReviewQueue({ actor }).then((q) => q.length), translate(partners)]);
  return (
    <p className="text-sm" data-testid="partner-queue-link">
      <Link href="/admin/partners" className="text-brand-700 underline">
        {fill(t.queueLink, { n: waiting })}
      </Link>
    </p>
  );
}
