import { activityFieldLabels } from './activities'
import { organizationFieldLabels } from './organizations'

/**
 * Chinese names of input fields, by the last segment of the zod path; error messages name
 * the field with these (「用户名」至少 2 个字符).
 */
export const fieldLabels: Record<string, string> = {
  ...organizationFieldLabels,
  ...activityFieldLabels,
  username: '用户名',
  displayName: '姓名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  role: '角色',
  code: '行政区划代码',
  name: '名称',
  idleLockMinutes: '自动锁定时间',
  page: '页码',
  pageSize: '每页条数',
  from: '开始日期',
  to: '结束日期',
  id: '编号',
}
