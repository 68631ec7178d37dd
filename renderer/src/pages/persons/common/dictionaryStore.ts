import { useEffect, useMemo } from 'react'
import { create } from 'zustand'
import type { DictionaryEntry, DictionaryKindName } from '../../../../../shared/contract'
import { call } from '../../../api/client'

interface DictionaryState {
  /** Every enabled entry of the local dictionaries; null until loaded. */
  entries: DictionaryEntry[] | null
  loading: boolean
  load(force?: boolean): Promise<void>
}

/**
 * The local dictionaries (townships, communities, 细分领域, tags), read once and shared by
 * the list, the detail page and the form; the dictionary tab reloads it after an edit.
 */
export const useDictionaryStore = create<DictionaryState>()((set, get) => ({
  entries: null,
  loading: false,
  async load(force = false) {
    if (get().loading || (get().entries && !force)) return
    set({ loading: true })
    try {
      set({ entries: await call('dictionaries.list', { includeDisabled: true }) })
    } catch {
      // Names fall back to codes; the pages that need the lists say so themselves.
      set({ entries: get().entries ?? [] })
    } finally {
      set({ loading: false })
    }
  },
}))

export const reloadDictionaries = () => useDictionaryStore.getState().load(true)

export interface Dictionaries {
  all: DictionaryEntry[]
  /** Enabled entries of one kind, in their sort order (what pickers offer). */
  of(kind: DictionaryKindName, parentCode?: string | null): DictionaryEntry[]
  /** The name of a code, or the code itself when it is not (or no longer) in the dictionary. */
  name(kind: DictionaryKindName, code: string | null | undefined): string | null
}

/** Loads the dictionaries on first use and answers lookups over them. */
export function useDictionaries(): Dictionaries {
  const entries = useDictionaryStore((s) => s.entries)
  const load = useDictionaryStore((s) => s.load)
  useEffect(() => {
    void load()
  }, [load])
  return useMemo<Dictionaries>(() => {
    const all = entries ?? []
    // Names are looked up for every visible cell of the list: by key, not by scanning.
    const names = new Map(all.map((e) => [`${e.kind}:${e.code}`, e.name]))
    return {
      all,
      of: (kind, parentCode) =>
        all.filter(
          (e) =>
            e.kind === kind &&
            !e.disabled &&
            (parentCode === undefined || e.parentCode === (parentCode ?? null)),
        ),
      name: (kind, code) => (code ? (names.get(`${kind}:${code}`) ?? code) : null),
    }
  }, [entries])
}
