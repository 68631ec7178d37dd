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
      set({
        entries: await call('dictionaries.list', { includeDisabled: true, lowerUnits: true }),
      })
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
  /** The entries in force here (this unit's own and those sent down). */
  all: DictionaryEntry[]
  /** Enabled entries of one kind, in their sort order (what pickers offer). */
  of(kind: DictionaryKindName, parentCode?: string | null): DictionaryEntry[]
  /**
   * The name of a code, or the code itself when it is not (or no longer) in the dictionary.
   * A record of a unit below (`unitCode`) is named by that unit's own entry when it made one.
   */
  name(
    kind: DictionaryKindName,
    code: string | null | undefined,
    unitCode?: string | null,
  ): string | null
  /** The same lookups for the records of one unit (undefined: this unit's own). */
  forUnit(unitCode: string | undefined): Dictionaries
}

/** Loads the dictionaries on first use and answers lookups over them. */
export function useDictionaries(): Dictionaries {
  const entries = useDictionaryStore((s) => s.entries)
  const load = useDictionaryStore((s) => s.load)
  useEffect(() => {
    void load()
  }, [load])
  return useMemo<Dictionaries>(() => lookups(entries ?? []), [entries])
}

function lookups(entries: DictionaryEntry[], ownerCode?: string): Dictionaries {
  const all = entries.filter((e) => !e.unitCode)
  // Names are looked up for every visible cell of the list: by key, not by scanning.
  const names = new Map(entries.map((e) => [`${e.unitCode ?? ''}:${e.kind}:${e.code}`, e.name]))
  const self: Dictionaries = {
    all,
    of: (kind, parentCode) =>
      all.filter(
        (e) =>
          e.kind === kind &&
          !e.disabled &&
          (parentCode === undefined || e.parentCode === (parentCode ?? null)),
      ),
    name: (kind, code, unitCode = ownerCode) =>
      code
        ? ((unitCode ? names.get(`${unitCode}:${kind}:${code}`) : undefined) ??
          names.get(`:${kind}:${code}`) ??
          code)
        : null,
    forUnit: (unitCode) => (unitCode === ownerCode ? self : lookups(entries, unitCode)),
  }
  return self
}
