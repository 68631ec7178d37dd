import { Layout, Menu } from 'antd'
import { t } from '../../../shared/i18n'
import { navigate } from '../router/hashRoute'
import { NAV_ITEMS, type NavKey } from './navItems'

export function SideNav({ selected }: { selected: NavKey | null }) {
  return (
    <Layout.Sider width={168} style={{ borderRight: '1px solid #e5e8ee' }}>
      <nav aria-label={t.nav.mainMenu} style={{ paddingTop: 8 }}>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          style={{ borderInlineEnd: 'none', fontSize: 15 }}
          items={NAV_ITEMS.map((i) => ({ key: i.key, icon: i.icon, label: i.label }))}
          onClick={({ key }) => navigate(NAV_ITEMS.find((i) => i.key === key)!.path)}
        />
      </nav>
    </Layout.Sider>
  )
}
