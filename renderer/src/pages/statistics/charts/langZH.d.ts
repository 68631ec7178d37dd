// ECharts ships the Chinese locale's types under types/src but none beside the module itself.
declare module 'echarts/lib/i18n/langZH.js' {
  import type { default as LangZH } from 'echarts/types/src/i18n/langZH'
  const langZH: typeof LangZH
  export default langZH
}
