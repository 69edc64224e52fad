import { Document, Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../report/engine/markdown";
import { narrativeParagraphs } from "./narrative";

/** The paragraphs as Word writes them: each paragraph's text, and whether it has bold runs. */
async function wordParagraphs(html: string) {
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children: narrativeParagraphs(html) }] }));
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))["word/document.xml"]!);
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => ({
    text: [...p[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
    bold: /<w:b\/>/.test(p[1]!),
    indented: /w:firstLine="480"/.test(p[1]!),
    link: /<w:hyperlink/.test(p[1]!),
  }));
}

describe("narrative HTML as Word paragraphs", () => {
  it("keeps paragraphs, list items, bold text, links and token values", async () => {
    const html = renderMarkdown(
      "共有毕业生{{n}}人，落实率为**95.08**%。\n\n1. 第一项\n2. 第二项 [网站](https://example.org)\n\n- 甲 & 乙\n",
      () => `<span class="metric" data-token="n">3071</span>`,
    );
    expect(await wordParagraphs(html)).toEqual([
      { text: "共有毕业生3071人，落实率为95.08%。", bold: true, indented: true, link: false },
      { text: "1. 第一项", bold: false, indented: false, link: false },
      { text: "2. 第二项 网站", bold: false, indented: false, link: true },
      { text: "• 甲 &amp; 乙", bold: false, indented: false, link: false },
    ]);
  });

  it("keeps a loose list item in one paragraph", async () => {
    const html = renderMarkdown("- 一\n\n- 二\n");
    expect((await wordParagraphs(html)).map((p) => p.text)).toEqual(["• 一", "• 二"]);
  });
});
