import { pageActor } from "@/lib/admin/guard";
import { redirect } from "next/navigation";
import { may } from "@/lib/auth/policy";

/** Staff land on their department's work, reviewers on the review queue. */
export default async function AdminHome() {
  const actor = await pageActor();
  redirect(may(actor, "review.queue") ? "/admin/review" : "/admin/records");
}
