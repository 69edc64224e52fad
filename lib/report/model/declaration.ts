/**
 * 真实性责任声明: the page after the report's cover in every format. Its wording is the
 * institution's setting (学校设置); this is the wording a college starts with, written for Nianbao.
 */
export const DEFAULT_DECLARATION =
  "本校郑重声明：本年度质量报告中的数据、案例和文字均来自学校当年的实际工作，已由各部门负责人逐项核实，并经学校领导审定。" +
  "学校保证报告内容真实、准确、完整，没有虚报、瞒报或夸大之处，对报告的真实性承担全部责任，并接受教育行政部门和社会各界的监督。";

export const DECLARATION_TITLE = "真实性责任声明";

/** The declaration as printed: `signedAt` is the leader's sign-off (or the publication) time, null in a preview. */
export type Declaration = { text: string; representative: string | null; signedAt: string | null };

export function declarationOf(institution: { declarationText?: string | null; legalRepresentative?: string | null } | null): Declaration {
  return {
    text: institution?.declarationText?.trim() || DEFAULT_DECLARATION,
    representative: institution?.legalRepresentative?.trim() || null,
    signedAt: null,
  };
}

/** The declaration's paragraphs (the setting may hold several, one per line). */
export const declarationParagraphs = (d: Declaration) =>
  d.text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
