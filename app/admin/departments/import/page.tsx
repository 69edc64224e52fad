import { PeopleImportPage } from "@/components/admin/PeopleImportPage";

export const metadata = { title: "导入部门" };

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  return <PeopleImportPage sheet="departments" token={(await searchParams).token} />;
}
