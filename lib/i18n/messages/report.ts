import { defineMessages } from "../define";

/**
 * The report's admin pages: 我的章节, 填报进度, 年报预览与发布 and its sections, consistency, sign-off
 * and publishing (app/admin/my-sections, app/admin/dashboard, app/admin/report, components/report).
 * The report's own text (chapters, tables) is data and is not here.
 */
export const report = defineMessages(
  {
    // 我的章节
    mySectionsTitle: "我的章节",
    mySectionsIntro: "本部门负责撰写和提供数据的报告章节，以及发布前还缺少的内容。撰写人、截止日期和配合部门见",
    myTasks: "我的任务",
    fullStop: "。",
    noSections: "管理员尚未给本部门分配章节。",
    yearTitle: "{year}年度 · {title}",
    sectionCounts: "已审核 {approved} 条 · 待审核 {waiting} 条 · 草稿或退回 {drafts} 条",
    sectionDeadline: "　填报截止 {date}（{words}）",
    deadlineIn: (days: number) => (days > 0 ? `还有${days}天` : days === 0 ? "今天截止" : `已过${-days}天`),
    missing: "尚缺内容",
    complete: "内容齐全",
    missingNarrative: "尚无叙述文字",
    missingRecords: "「{name}」尚无已审核数据",
    missingTable: "{name}尚无已审核数据",
    // 填报进度
    dashboardTitle: "填报进度",
    countLabel: "{status} {n} 条",
    total: "合计",
    approvedShare: "已通过占比",
    yearTotal: "本年度共 {total} 条记录，已通过 {approved} 条",
    yearShare: "（{share}%）",
    bySection: "按报告章节",
    section: "章节",
    hint: "提示",
    chapterTotal: "（本章合计）",
    noApproved: "尚无已审核数据",
    byDepartment: "按部门",
    department: "部门",
  },
  {
    mySectionsTitle: "My sections",
    mySectionsIntro: "The report sections your department writes and supplies data for, and what they still lack before publishing. For writers, due dates and supporting departments see",
    myTasks: "My tasks",
    fullStop: ".",
    noSections: "No sections are assigned to your department yet.",
    yearTitle: "{year} · {title}",
    sectionCounts: "{approved} approved · {waiting} awaiting review · {drafts} drafts or returned",
    sectionDeadline: " · entry closes {date} ({words})",
    deadlineIn: (days: number) =>
      days > 0 ? `${days} ${days === 1 ? "day" : "days"} left` : days === 0 ? "closes today" : `closed ${-days} ${days === -1 ? "day" : "days"} ago`,
    missing: "Still missing",
    complete: "Complete",
    missingNarrative: "No narrative yet",
    missingRecords: "No approved records for “{name}”",
    missingTable: "No approved records for the table “{name}”",
    dashboardTitle: "Progress",
    countLabel: "{status}: {n}",
    total: "Total",
    approvedShare: "Approved share",
    yearTotal: "{total} records this year, {approved} approved",
    yearShare: " ({share}%)",
    bySection: "By report section",
    section: "Section",
    hint: "Note",
    chapterTotal: " (chapter total)",
    noApproved: "No approved data yet",
    byDepartment: "By department",
    department: "Department",
  },
);
