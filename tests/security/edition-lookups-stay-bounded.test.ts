import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rememberedLookups, renderedEdition } from "../../lib/report/editions/editions";
import { migratedDatabase } from "../support/database";

/**
 * Finding 13: every anonymous /reports/{year}?edition=N with a new N added an entry to an
 * in-memory map that was never trimmed, so a visitor counting N upwards grew the server's memory
 * without bound. The lookups are remembered for a bounded number of keys now.
 */
describe("the public report's edition lookups", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  beforeAll(async () => {
    database = await migratedDatabase();
  }, 120_000);
  afterAll(async () => {
    await database?.dispose();
  });

  it("stay bounded however many editions a visitor asks for", async () => {
    for (let version = 1; version <= 300; version++) {
      expect(await renderedEdition({ year: 2022, version, prisma: database.prisma })).toBeNull();
    }
    expect(rememberedLookups(database.prisma)).toBeLessThanOrEqual(256);
  });
});
