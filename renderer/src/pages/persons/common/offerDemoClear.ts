import type { App } from 'antd'
import type { SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { isAdmin } from './access'

const txt = t.paper.demoOffer

type Feedback = Pick<ReturnType<typeof App.useApp>, 'message' | 'modal'>

/**
 * After the first real persons were entered or imported (`added` of them), while demo persons
 * are still in the register: offers to clear the demo data in one click, as 设置 → 演示数据
 * does, so fictional persons never reach paper or the upper office unnoticed. Only admins may
 * clear, so only they are asked. Answers whether the offer was made.
 */
export async function offerDemoClear(
  session: SessionInfo,
  added: number,
  ui: Feedback,
): Promise<boolean> {
  if (added < 1 || !isAdmin(session)) return false
  const [demo, real] = await Promise.all([
    call('persons.count', { isDemo: true }),
    call('persons.count', { isDemo: false }),
  ])
  // Real persons beyond those just added: the offer was made (and declined) before.
  if (demo.count === 0 || real.count > added) return false
  ui.modal.confirm({
    title: txt.title,
    content: txt.content(demo.count),
    okText: txt.ok,
    cancelText: txt.cancel,
    okButtonProps: { danger: true },
    onOk: async () => {
      try {
        const r = await call('persons.clearDemo', {})
        ui.message.success(txt.cleared(r.removed))
      } catch (e) {
        ui.message.error(errorText(e))
      }
    },
  })
  return true
}
