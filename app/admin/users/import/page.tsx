import { PeopleImportPage } from "@/components/admin/PeopleImportPage";

export const metadata = { title: "导入用户" };

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  return <PeopleImportPage sheet="users" token={(await searchParams).token} />;
}
