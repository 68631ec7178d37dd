import type { ThemeConfig } from 'antd'

/** Fonts every supported desktop has: Windows, macOS, UOS/Kylin and Debian. */
export const FONT_STACK =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", sans-serif'

/** A deep red kept for the brand mark only, so it never reads as an error. */
export const BRAND_RED = '#9b1c1c'

/**
 * A calm blue for actions and a quiet grey ground: staff look at these screens all day,
 * and red is kept for errors so a warning never blends into the furniture.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5a9e',
    colorLink: '#1f5a9e',
    colorBgLayout: '#f2f4f7',
    colorTextBase: '#1f2329',
    fontFamily: FONT_STACK,
    fontSize: 14,
    borderRadius: 4,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 52,
      headerPadding: '0 20px',
      siderBg: '#ffffff',
      bodyBg: '#f2f4f7',
    },
    Menu: {
      itemHeight: 40,
      itemMarginInline: 8,
      iconSize: 16,
      itemSelectedBg: '#e3ecf7',
      itemSelectedColor: '#1f5a9e',
      itemHoverBg: '#f0f3f7',
    },
    Table: { headerBg: '#f5f7fa', cellPaddingBlockSM: 7 },
    Card: { headerFontSize: 15 },
  },
}
