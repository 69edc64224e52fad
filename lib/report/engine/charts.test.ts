import * as echarts from "echarts";
import { describe, expect, it, vi } from "vitest";
import { BAR_SHARE, comparisonAxes, pieChart, yearComparisonChart } from "./charts";

// ECharts itself, counted: a chart drawn before is not laid out again.
vi.mock("echarts", async (actual) => {
  const real = await actual<typeof import("echarts")>();
  return { ...real, init: vi.fn(real.init) };
});

const options = { barName: "毕业生人数（人）", lineName: "毕业去向落实率（%）", barUnit: "人", lineUnit: "%" };

describe("the year comparison's axes", () => {
  it("runs the rate axis from 0 to 100 %, whatever the rates (never cut at 89–96 %, never up to 160 %)", () => {
    for (const bars of [[2903, 3071], [12], [null, 480], []]) {
      expect(comparisonAxes(bars.map((bar) => ({ bar }))).rate).toEqual({ min: 0, max: 100, interval: 20 });
    }
  });

  it("keeps the tallest column in the lower part of the plot, under the rate line's labels, on a nice scale", () => {
    for (const tallest of [3071, 2903, 480, 99, 12, 1, 100000]) {
      const { bar } = comparisonAxes([{ bar: tallest / 2 }, { bar: tallest }, { bar: null }]);
      expect(bar.min).toBe(0);
      expect(tallest / bar.max, `${tallest} on 0–${bar.max}`).toBeLessThanOrEqual(BAR_SHARE);
      // Not needlessly flat: the column still reaches more than a fifth of the plot.
      expect(tallest / bar.max, `${tallest} on 0–${bar.max}`).toBeGreaterThan(0.2);
      expect(bar.max / bar.interval).toBe(5);
      expect(String(bar.interval)).toMatch(/^(1|2|2\.5|5)0*$|^0\.\d+$/);
    }
  });

  it("draws those axes: 0 to 100 on the rate side, the column labels inside the columns", () => {
    const svg = yearComparisonChart(
      [
        { year: "2021年", bar: 2903, barLabel: "2903", line: 94.81, lineLabel: "94.81%" },
        { year: "2022年", bar: 3071, barLabel: "3071", line: 95.08, lineLabel: "95.08%" },
      ],
      options,
    );
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const tick of ["0", "20", "40", "60", "80", "100"]) expect(labels).toContain(tick);
    expect(labels).not.toContain("160");
    expect(labels).not.toContain("89");
    expect(labels).toContain("94.81%");
    expect(labels).toContain("3071");
  });
});

describe("drawing a chart", () => {
  const slices = (n: number) => [
    { name: "财政拨款", value: 60 + n, label: `财政拨款 ${60 + n}万元` },
    { name: "事业收入", value: 40, label: "事业收入 40万元" },
  ];
  const classes = (svg: string) => [...new Set(svg.match(/c\d+-cls-/g))];

  it("draws a chart once: the same option again is the same drawing, with its own class names on the page", () => {
    const init = vi.mocked(echarts.init);
    const first = pieChart(slices(1), { center: "总收入" });
    const calls = init.mock.calls.length;
    const again = pieChart(slices(1), { center: "总收入" });
    expect(init.mock.calls.length, "not laid out again").toBe(calls);
    expect(classes(again)).toHaveLength(1);
    expect(classes(again)).not.toEqual(classes(first));
    expect(again.replace(/c\d+-cls-/g, "")).toBe(first.replace(/c\d+-cls-/g, ""));
    // Other data, or another size, is another drawing.
    const other = pieChart(slices(2), { center: "总收入" });
    expect(init.mock.calls.length).toBe(calls + 1);
    expect(other.replace(/c\d+-cls-/g, "")).not.toBe(first.replace(/c\d+-cls-/g, ""));
    pieChart(slices(1), { center: "总收入", width: 480 });
    expect(init.mock.calls.length).toBe(calls + 2);
  });
});
