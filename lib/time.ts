import { env } from "./env";

/**
 * Times as people at the college read them: in its time zone (NIANBAO_TIME_ZONE, Asia/Shanghai
 * by default), never UTC. The one helper every page, mail and file name uses.
 */
export function collegeTimeZone(): string {
  return env().NIANBAO_TIME_ZONE;
}

function parts(at: Date | string, timeZone: string) {
  const d = typeof at === "string" ? new Date(at) : at;
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return p as Record<"year" | "month" | "day" | "hour" | "minute", string>;
}

/** 2022-05-20 14:03 in the college's time zone. */
export function formatDateTime(at: Date | string, timeZone = collegeTimeZone()): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 2022-05-20: the college's calendar day of an instant. */
export function formatDate(at: Date | string, timeZone = collegeTimeZone()): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 2022年5月: for covers and title pages. */
export function formatYearMonth(at: Date | string, timeZone = collegeTimeZone()): string {
  const p = parts(at, timeZone);
  return `${p.year}年${Number(p.month)}月`;
}

/** 2026年12月1日: a day in words, for the 真实性责任声明 and other signed pages. */
export function formatLongDate(at: Date | string, timeZone = collegeTimeZone()): string {
  const p = parts(at, timeZone);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

/** 2026年12月6日 14:05: an instant in words in the college's time zone (queues, lists). */
export function formatDateTimeWords(at: Date | string, timeZone = collegeTimeZone()): string {
  const p = parts(at, timeZone);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}

/** The college's calendar day of an instant and the minutes since its midnight (for scheduled runs). */
export function collegeClock(at: Date, timeZone = collegeTimeZone()): { date: string; minutes: number } {
  const p = parts(at, timeZone);
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/** A date-only column (stored as UTC midnight, e.g. a deadline) as it was entered. */
export function formatDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}
