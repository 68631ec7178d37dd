import { useTaskProgress } from '../../api/useTaskProgress'

/** The core's progress events of the running import, while `active`. */
export function useImportProgress(active: boolean): { done: number; total: number } | null {
  return useTaskProgress('import', active)
}
