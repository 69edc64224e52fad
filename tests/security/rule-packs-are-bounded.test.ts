import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { parseRulePack, RULE_PACK_LIMITS, RULE_PACK_MAX_BYTES } from "../../lib/rules/pack";
import { shippedPacks } from "../../lib/rules/shipped";

/**
 * Finding 11 of the second review: rule packs had no size limit; a 7.4 MB pack answered 500 after
 * 9–25 s while /api/health waited. Now a pack is limited in bytes on every way in (the API's
 * JSON reader, the admin upload and edit form) and in its rows, so parsing one is bounded.
 */
const pack = () =>
  structuredClone(shippedPacks()[0]!) as unknown as Record<string, unknown> & {
    indicatorTables: { key: string; title: string; rows: unknown[] }[];
    outline: { chapters: { sections: unknown[] }[] };
  };

function refusal(input: unknown): AppError {
  try {
    parseRulePack(input);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("the pack was accepted");
}

describe("rule packs are bounded", () => {
  it("a shipped pack is well inside every limit", () => {
    for (const p of shippedPacks()) expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThan(RULE_PACK_MAX_BYTES / 20);
    expect(() => parseRulePack(pack())).not.toThrow();
  });

  it("a pack with tens of thousands of indicator rows is refused with a message in both languages", () => {
    const p = pack();
    const row = p.indicatorTables[0]!.rows[0];
    p.indicatorTables[0]!.rows = Array.from({ length: 20_000 }, () => row);
    const err = refusal(p);
    expect(err.code).toBe("INVALID");
    const messages = Object.values(err.fieldErrors ?? {}).flat();
    expect(messages.some((m) => m.includes(`不能超过${RULE_PACK_LIMITS.rows}个`) && m.includes(`at most ${RULE_PACK_LIMITS.rows}`))).toBe(
      true,
    );
  });

  it("a pack with thousands of tables or sections is refused", () => {
    const tables = pack();
    tables.indicatorTables = Array.from({ length: 5_000 }, (_, i) => ({ ...tables.indicatorTables[0]!, key: `t${i}` }));
    expect(refusal(tables).code).toBe("INVALID");
    const sections = pack();
    const one = sections.outline.chapters[0]!.sections[0] as { key: string };
    sections.outline.chapters[0]!.sections = Array.from({ length: 5_000 }, (_, i) => ({ ...one, key: `s${i}` }));
    expect(refusal(sections).code).toBe("INVALID");
  });

  it("the byte limit is a few MB: far above a real pack, far below the 7.4 MB that stalled the server", () => {
    expect(RULE_PACK_MAX_BYTES).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(RULE_PACK_MAX_BYTES).toBeGreaterThanOrEqual(1024 * 1024);
  });
});
