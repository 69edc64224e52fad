import type { Metadata } from "next";
import { translate } from "@/lib/i18n/server";
import { people } from "@/lib/i18n/messages/people";
import { PeopleImportPage } from "@/components/admin/PeopleImportPage";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translate(people)).t.importUsersTitle };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  return <PeopleImportPage sheet="users" token={(await searchParams).token} />;
}
