import { charsDocument } from '../persons/searchKeys'
import { toHalfWidth } from '../text/halfWidth'

/**
 * What the suggestion search indexes hold for one suggestion: the title and submitter names,
 * and the submitters' employers, each as text for the trigram index (3+ characters) and as
 * one token per character for shorter queries. A newline between texts keeps a trigram from
 * spanning two names; the barrier does the same in the character documents.
 */
export interface SuggestionSearchDocuments {
  search_text: string
  employers: string
  search_chars: string
  employer_chars: string
}

export function suggestionSearchDocuments(
  title: string,
  names: readonly string[],
  employers: readonly string[],
): SuggestionSearchDocuments {
  const texts = [title, ...names].map(toHalfWidth)
  const bodies = employers.filter((e) => e !== '').map(toHalfWidth)
  return {
    search_text: texts.join('\n'),
    employers: bodies.join('\n'),
    search_chars: charsDocument(texts),
    employer_chars: charsDocument(bodies),
  }
}

/** The newline-joined lists the fact queries read (group_concat with char(10)). */
export function splitLines(text: string | null): string[] {
  return text ? text.split('\n') : []
}
