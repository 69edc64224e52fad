import { expect } from "@playwright/test";
import { test } from "../support/axe";
import sharp from "sharp";
import { apiAs, signIn, signOut, uniqueName } from "../support/auth";

test("staff attaches a photo to a case; once approved, the photo is public", async ({ page, baseURL }) => {
  const title = uniqueName("校企共建实训基地案例");
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#c0392b" } })
    .png()
    .toBuffer();

  await signIn(page, "staff-a");
  await page.goto("/admin/records/cases/new");
  await page.getByLabel(/^案例标题/).fill(title);
  await page.getByLabel(/^报告栏目/).selectOption("teaching.industry");
  await page.getByLabel(/^案例正文/).fill("学院与企业共建实训基地，学生在真实岗位上完成项目。");
  await page.getByRole("button", { name: /保存草稿/ }).click();
  await expect(page.getByText("已保存（saved）")).toBeVisible();
  const caseUrl = page.url().replace(/\?.*$/, "");

  // a file that only pretends to be a PNG is refused, with a clear message (a case photo: images only, no PDF offered)
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await page.getByLabel("图题（caption）").fill("伪装的图片");
  await page.getByRole("button", { name: "添加照片" }).click();
  await expect(page.getByText(/^案例照片只接受 JPEG、PNG、WebP 图片（按文件内容判断）/)).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({ name: "实训现场.png", mimeType: "image/png", buffer: png });
  await page.getByLabel("图题（caption）").fill("学生在实训基地完成项目");
  await page.getByRole("button", { name: "添加照片" }).click();
  await expect(page.getByText("已上传（uploaded）")).toBeVisible();
  const thumb = page.getByTestId("attachments").getByRole("img", { name: "学生在实训基地完成项目" });
  await expect(thumb).toBeVisible();
  const src = (await thumb.getAttribute("src"))!;

  // the draft's photo is not public
  const anonymous = await apiAs(baseURL!, null);
  expect((await anonymous.get(src)).status()).toBe(404);
  const staffB = await apiAs(baseURL!, "staff-b");
  expect((await staffB.get(src)).status()).toBe(404);

  // submitting the case submits its photo with it
  await page.goto(caseUrl);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.locator('[data-status="SUBMITTED"]').first()).toBeVisible();
  await expect(page.getByTestId("attachments").locator('[data-status="SUBMITTED"]')).toHaveCount(1);

  // the reviewer approves the case from the queue; its photo is approved with it
  await signOut(page);
  await signIn(page, "reviewer");
  await page.goto("/admin/review");
  await page.getByLabel(`选择 ${title}`).check();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: /通过所选/ }).click();
  await expect(page.getByText(/已通过 1 条记录/)).toBeVisible();

  const res = await anonymous.get(src);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/jpeg");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  await anonymous.dispose();
  await staffB.dispose();
});
