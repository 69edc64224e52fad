import * as echarts from "echarts";
import { FIGURE_FONT } from "./placeholder";

/**
 * Charts rendered on the server as SVG strings (ECharts SSR), so they are in the page source,
 * print crisply and need no browser JavaScript. Labels carry the printed numbers, computed by
 * the caller, so the chart shows exactly what the text and tables say.
 */
const FONT = FIGURE_FONT;
const COLORS = ["#1d4e89", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f"];

let chartSeq = 0;

/**
 * Drawn charts by their option and size. Drawing is the slowest step of building a report (ECharts
 * lays out every label), and the same charts are drawn again on every preview, consistency check and
 * edition variant; the SVG depends on nothing else (options are plain data: labels are computed by
 * the caller, formatters are strings). Bounded: the oldest drawing goes first.
 */
const drawn = new Map<string, string>();
const DRAWN_MAX = 200;

function draw(option: Record<string, unknown>, width: number, height: number): string {
  const key = JSON.stringify([option, width, height]);
  const known = drawn.get(key);
  if (known !== undefined) return known;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: COLORS, textStyle: { fontFamily: FONT, color: "#1f2937" }, ...option });
    const svg = chart.renderToSVGString();
    if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, svg);
    return svg;
  } finally {
    chart.dispose();
  }
}

function render(option: Record<string, unknown>, width: number, height: number): string {
  // Class names are per-instance (zr0-cls-0…); make them unique per chart on the page.
  const id = `c${++chartSeq}`;
  const svg = draw(option, width, height).replace(/zr\d+-cls-/g, `${id}-cls-`);
  // Scale to the container width while keeping the aspect ratio.
  return svg.replace(
    /^<svg width="\d+" height="\d+"/,
    `<svg width="100%" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false"`,
  );
}

export type PieSlice = { name: string; value: number; label: string };

/** A pie (ring) chart whose slice labels are given, e.g. "基本财政拨款\n3885.83万元（23.39%）". */
export function pieChart(slices: PieSlice[], options: { width?: number; height?: number; center?: string } = {}): string {
  return render(
    {
      series: [
        {
          type: "pie",
          radius: ["32%", "58%"],
          center: ["50%", "52%"],
          avoidLabelOverlap: true,
          label: { fontSize: 13, lineHeight: 18, color: "#1f2937" },
          labelLine: { length: 14, length2: 12 },
          data: slices.map((s) => ({ name: s.name, value: s.value, label: { formatter: s.label.replace(/[{}]/g, "") } })),
        },
      ],
      ...(options.center
        ? { title: { text: options.center, left: "center", top: "47%", textStyle: { fontSize: 13, fontWeight: "bold", fontFamily: FONT } } }
        : {}),
    },
    options.width ?? 720,
    options.height ?? 400,
  );
}

export type Bar = { name: string; value: number; label: string };

/** A horizontal bar chart with given value labels. */
export function barChart(bars: Bar[], options: { width?: number; height?: number; max?: number; axisName?: string } = {}): string {
  return render(
    {
      grid: { left: 16, right: 72, top: 24, bottom: 24, containLabel: true },
      xAxis: { type: "value", max: options.max, name: options.axisName, axisLabel: { fontSize: 12 } },
      yAxis: { type: "category", inverse: true, data: bars.map((b) => b.name), axisLabel: { fontSize: 13 } },
      series: [
        {
          type: "bar",
          barMaxWidth: 36,
          data: bars.map((b, i) => ({
            value: b.value,
            itemStyle: { color: COLORS[i % COLORS.length] },
            label: { show: true, position: "right", formatter: b.label.replace(/[{}]/g, ""), fontSize: 13 },
          })),
        },
      ],
    },
    options.width ?? 720,
    options.height ?? Math.max(160, 60 + bars.length * 48),
  );
}

export type Axis = { min: number; max: number; interval: number };

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^n) at or above a value. */
function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= value - 1e-9) ?? 10) * power;
}

/** A rate axis always runs 0–100 %: a cut axis (89–96 %) makes a one-point change look like a collapse. */
export const RATE_AXIS: Axis = { min: 0, max: 100, interval: 20 };
/** Columns stay in the lower part of the plot, so the rate line (placement rates are high) and its labels sit above them. */
export const BAR_SHARE = 0.55;

/**
 * The axes of the year comparison: the rate from 0 to 100 %, the columns' axis from 0 to a nice
 * maximum high enough that the tallest column reaches at most BAR_SHARE of the plot, both with five
 * intervals so their grid lines coincide.
 */
export function comparisonAxes(points: Pick<YearPoint, "bar">[]): { bar: Axis; rate: Axis } {
  const tallest = Math.max(0, ...points.map((p) => p.bar ?? 0));
  const max = niceCeil(tallest / BAR_SHARE / 5) * 5;
  return { bar: { min: 0, max, interval: max / 5 }, rate: RATE_AXIS };
}

export type YearPoint = { year: string; bar: number | null; barLabel: string; line: number | null; lineLabel: string };

/**
 * Years side by side: a column per year for one figure (e.g. graduates) and a line for a rate on
 * its own axis (e.g. placement rate). A year without a value has no column or point (not 0).
 */
export function yearComparisonChart(
  points: YearPoint[],
  options: { barName: string; lineName: string; barUnit: string; lineUnit: string; width?: number; height?: number },
): string {
  const axes = comparisonAxes(points);
  return render(
    {
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { fontSize: 12 }, data: [options.barName, options.lineName] },
      xAxis: { type: "category", data: points.map((p) => p.year), axisLabel: { fontSize: 13 } },
      yAxis: [
        { type: "value", name: options.barUnit, ...axes.bar, axisLabel: { fontSize: 12 }, splitLine: { lineStyle: { color: "#e2e8f0" } } },
        { type: "value", name: options.lineUnit, ...axes.rate, axisLabel: { fontSize: 12 }, splitLine: { show: false } },
      ],
      series: [
        {
          type: "bar",
          name: options.barName,
          barMaxWidth: 40,
          data: points.map((p) => ({
            value: p.bar ?? "-",
            // Inside the column's top: the line's labels are above the columns, so the two never meet.
            label: { show: p.bar !== null, position: "insideTop", color: "#fff", formatter: p.barLabel.replace(/[{}]/g, ""), fontSize: 12 },
          })),
        },
        {
          type: "line",
          name: options.lineName,
          yAxisIndex: 1,
          connectNulls: true,
          symbolSize: 8,
          data: points.map((p) => ({
            value: p.line ?? "-",
            label: { show: p.line !== null, position: "top", formatter: p.lineLabel.replace(/[{}]/g, ""), fontSize: 12 },
          })),
        },
      ],
    },
    options.width ?? 520,
    options.height ?? 240,
  );
}
