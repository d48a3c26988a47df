/** The sweep's planners, one small file each under reminders/. */
export { type Deadline, deadline, deadlineText, severityLevel } from "./reminders/deadline.ts";
export {
  type PlannedReminder,
  planReminders,
  type ReminderInput,
  type TrackerPlan,
} from "./reminders/plan.ts";
export {
  type DeadlinePolicy,
  deadlinePolicy,
  type Mention,
  parseDuration,
  type SweepSettings,
  sweepSettings,
} from "./reminders/settings.ts";
export { dueDay, type ItemStatus, itemStatuses } from "./reminders/status.ts";
export type { TrackerSummary } from "./reminders/summary.ts";
