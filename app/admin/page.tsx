import { redirect } from "next/navigation";
import { may } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";

/** Staff land on their department's work, reviewers on the review queue. */
export default async function AdminHome() {
  const actor = await currentActor();
  redirect(may(actor, "review.queue") ? "/admin/review" : "/admin/records");
}
