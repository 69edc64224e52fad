/** Times shown to people are Beijing time, whatever the server's zone. */
const TIME = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const DAY = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });

/** 2026-12-01 18:30 (北京时间). */
export const beijingTime = (d: Date | string) => TIME.format(new Date(d));
/** 2026年12月1日 (the declaration's date). */
export const beijingDate = (d: Date | string) => DAY.format(new Date(d)).replace(/\s/g, "");
