import { describe, expect, it } from "vitest";
import { Decimal, entered, fixed, money, placesOf } from "./decimal";

describe("a value prints with the precision it was entered with", () => {
  it("keeps every decimal a department entered and never rounds it", () => {
    expect(entered("3.465")).toBe("3.465");
    expect(entered(new Decimal("3.465"))).toBe("3.465");
    expect(entered("0.0001")).toBe("0.0001");
    expect(entered("16615.245")).toBe("16615.245");
    expect(entered("84.5")).toBe("84.5");
    expect(entered("100")).toBe("100");
  });

  it("drops the zeros the database pads a value with (numeric(14,4) stores 3.4650)", () => {
    expect(entered("3.4650")).toBe("3.465");
    expect(entered("130.0000")).toBe("130");
  });

  it("prints money with at least two decimals: 100 → 100.00, 12.5 → 12.50, 3.465 → 3.465", () => {
    expect(money("100")).toBe("100.00");
    expect(money("12.5")).toBe("12.50");
    expect(money("3.465")).toBe("3.465");
    expect(money("3.4650")).toBe("3.465");
    expect(money(new Decimal("20.29"))).toBe("20.29");
  });

  it("prints a total with the precision of its most precise item", () => {
    const items = ["3885.83", "3", "3.465", "130"];
    const places = placesOf(items);
    expect(places).toBe(3);
    expect(money("8078.125", places)).toBe("8078.125");
    // A total that happens to end in zeros still prints at its items' precision, so the column adds up.
    expect(money("4022.3", places)).toBe("4022.300");
    expect(placesOf(["100", "12.5", null, ""])).toBe(1);
  });

  it("prints a blank for a value nobody entered and text that is not a number as it is", () => {
    expect(entered(null)).toBe("");
    expect(entered("")).toBe("");
    expect(entered("约100")).toBe("约100");
  });

  it("leaves rates and derived numbers to fixed(): rounded half up to the places asked", () => {
    expect(fixed("16615.245")).toBe("16615.25");
    expect(fixed("95.0849", 2)).toBe("95.08");
  });
});
