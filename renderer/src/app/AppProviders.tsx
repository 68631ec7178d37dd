import type { ReactNode } from 'react'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { appTheme } from './theme'

dayjs.locale('zh-cn')

/** Chinese locale, the house theme, and antd's message/modal context for every screen. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    // antd spaces out two-character button labels (登 录); plain 登录 reads and searches better.
    <ConfigProvider locale={zhCN} theme={appTheme} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }}>{children}</AntApp>
    </ConfigProvider>
  )
}
