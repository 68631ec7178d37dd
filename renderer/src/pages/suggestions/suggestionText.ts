import type { Suggestion } from '../../../../shared/contract/suggestions'
import { t } from '../../../../shared/i18n'

const names = t.suggestions

/** `市委办公室市级采纳；…` as the list and detail show adoptions. */
export const adoptionText = (s: Suggestion) =>
  s.adoptions.map((a) => `${a.body}${names.levelNames[a.level]}${names.howNames[a.how]}`).join('；')

export const instructionText = (s: Suggestion) =>
  s.instructions.map((x) => `${x.leader}（${names.levelNames[x.level]}）`).join('；')

export const submitterText = (s: Suggestion) => s.submitters.map((m) => m.name).join('、')
