import { reportHandlers } from './reports'
import { reportTemplateHandlers } from './templates'

/** 统计报表: templates, reports computed from them, and locked reports. */
export const reportsHandlers = {
  ...reportTemplateHandlers,
  ...reportHandlers,
}
