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

function render(option: Record<string, unknown>, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: COLORS, textStyle: { fontFamily: FONT, color: "#1f2937" }, ...option });
    let svg = chart.renderToSVGString();
    // Class names are per-instance (zr0-cls-0…); make them unique per chart on the page.
    const id = `c${++chartSeq}`;
    svg = svg.replace(/zr\d+-cls-/g, `${id}-cls-`);
    // Scale to the container width while keeping the aspect ratio.
    return svg.replace(
      /^<svg width="\d+" height="\d+"/,
      `<svg width="100%" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false"`,
    );
  } finally {
    chart.dispose();
  }
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

export type YearPoint = { year: string; bar: number | null; barLabel: string; line: number | null; lineLabel: string };

/**
 * Years side by side: a column per year for one figure (e.g. graduates) and a line for a rate on
 * its own axis (e.g. placement rate). A year without a value has no column or point (not 0).
 */
export function yearComparisonChart(
  points: YearPoint[],
  options: { barName: string; lineName: string; barUnit: string; lineUnit: string; width?: number; height?: number },
): string {
  return render(
    {
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { fontSize: 12 }, data: [options.barName, options.lineName] },
      xAxis: { type: "category", data: points.map((p) => p.year), axisLabel: { fontSize: 13 } },
      yAxis: [
        { type: "value", name: options.barUnit, axisLabel: { fontSize: 11 }, splitLine: { lineStyle: { color: "#e2e8f0" } } },
        { type: "value", name: options.lineUnit, axisLabel: { fontSize: 11 }, splitLine: { show: false }, scale: true },
      ],
      series: [
        {
          type: "bar",
          name: options.barName,
          barMaxWidth: 40,
          data: points.map((p) => ({
            value: p.bar ?? "-",
            label: { show: p.bar !== null, position: "top", formatter: p.barLabel.replace(/[{}]/g, ""), fontSize: 12 },
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
