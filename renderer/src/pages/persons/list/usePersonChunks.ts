import { useCallback, useEffect, useRef, useState } from 'react'
import type { PersonListRow } from '../../../../../shared/contract'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import type { ListQuery } from './listState'

/** Rows fetched per call: small enough to answer at once, big enough for a screenful. */
export const CHUNK_SIZE = 100
/** Chunks kept in memory; scrolling through a province's register must not keep it all. */
const MAX_CHUNKS = 60

interface Answered {
  /** The query these rows answer (JSON). */
  key: string
  total: number
  chunks: Map<number, PersonListRow[]>
}

export interface PersonChunks {
  /** The query the rows shown answer; changes when the first page of a new query arrives. */
  shownKey: string | null
  /** Matching persons per the core's latest answer; null before the first answer. */
  total: number | null
  /** A newer query is on its way; the rows shown still answer the previous one. */
  loading: boolean
  error: string | null
  /** The row at an index, or undefined while its chunk is on its way. */
  rowAt(index: number): PersonListRow | undefined
  /** Asks for the chunks covering rows first…last that are not here yet. */
  ensure(first: number, last: number): void
  reload(): void
}

/**
 * The person list as one long array paged in from the core as it scrolls into view: only
 * the chunks the user looks at are fetched, so a 100,000-person register costs a few calls,
 * and the total is always the core's latest answer. While a new search is on its way the
 * previous rows stay, so typing does not make the list flicker.
 */
export function usePersonChunks(query: ListQuery): PersonChunks {
  const key = JSON.stringify(query)
  const [shown, setShown] = useState<Answered | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reloads, setReloads] = useState(0)
  const wanted = useRef(key)
  const pending = useRef(new Set<string>())

  const fetchChunk = useCallback((forKey: string, chunk: number) => {
    const id = `${forKey}#${chunk}`
    if (pending.current.has(id)) return
    pending.current.add(id)
    const input = JSON.parse(forKey) as ListQuery
    call('persons.list', { ...input, page: chunk + 1, pageSize: CHUNK_SIZE })
      .then((page) => {
        if (wanted.current !== forKey) return
        setError(null)
        setShown((prev) => {
          const chunks = new Map(prev?.key === forKey ? prev.chunks : [])
          chunks.set(chunk, page.items)
          if (chunks.size > MAX_CHUNKS) {
            // Forget the chunks farthest from where the user is now; they come back on demand.
            const far = [...chunks.keys()].sort((a, b) => Math.abs(b - chunk) - Math.abs(a - chunk))
            for (const c of far.slice(0, chunks.size - MAX_CHUNKS)) chunks.delete(c)
          }
          return { key: forKey, total: page.total, chunks }
        })
      })
      .catch((e: unknown) => {
        if (wanted.current === forKey) setError(errorText(e))
      })
      .finally(() => pending.current.delete(id))
  }, [])

  useEffect(() => {
    wanted.current = key
    fetchChunk(key, 0)
  }, [key, reloads, fetchChunk])

  const ensure = useCallback(
    (first: number, last: number) => {
      if (!shown || shown.key !== wanted.current) return
      const from = Math.max(0, Math.floor(first / CHUNK_SIZE))
      const to = Math.floor(Math.max(first, last) / CHUNK_SIZE)
      for (let c = from; c <= to && c * CHUNK_SIZE < shown.total; c++) {
        if (!shown.chunks.has(c)) fetchChunk(shown.key, c)
      }
    },
    [shown, fetchChunk],
  )

  const rowAt = useCallback(
    (index: number) => shown?.chunks.get(Math.floor(index / CHUNK_SIZE))?.[index % CHUNK_SIZE],
    [shown],
  )

  return {
    shownKey: shown?.key ?? null,
    total: shown?.total ?? null,
    loading: shown?.key !== key,
    error,
    rowAt,
    ensure,
    reload: useCallback(() => {
      setShown(null)
      setReloads((n) => n + 1)
    }, []),
  }
}
