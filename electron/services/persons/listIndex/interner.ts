/**
 * Small integers for code values (team 1, township 012…), so a column of a million codes is a
 * Uint16Array and a filter is a table lookup. 0 stands for "not filled in".
 */
export class Interner {
  private readonly ids = new Map<string, number>()

  id(code: string | null | undefined): number {
    if (!code) return 0
    let id = this.ids.get(code)
    if (id === undefined) {
      id = this.ids.size + 1
      if (id > 0xffff) throw new Error('too many distinct codes for a list index column')
      this.ids.set(code, id)
    }
    return id
  }

  /** The id of a code already seen, or undefined: a filter on an unseen code matches nothing. */
  existing(code: string): number | undefined {
    return this.ids.get(code)
  }

  /** Every code seen, by id (index 0 is "not filled in"). */
  codes(): (string | null)[] {
    return [null, ...this.ids.keys()]
  }

  get size(): number {
    return this.ids.size + 1
  }
}
