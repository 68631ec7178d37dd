import type { Organization } from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'

const txt = t.organizationsUi.list
const names = t.organizations

const nameOf = (m: Record<string, string>, code: string | null) => (code ? (m[code] ?? code) : null)

/**
 * The few facts that tell organizations of a kind apart, for one line of the tree: a 新联会's
 * founding and 届次, a 服务队's field, a 实践创新基地's host type, naming level and batch.
 */
export function orgFacts(o: Organization): string {
  const parts: (string | null)[] = []
  switch (o.kind) {
    case 'association':
    case 'branch':
      parts.push(
        o.foundedOn && txt.founded(o.foundedOn),
        o.sessionNo,
        nameOf(names.registrations, o.registration),
      )
      break
    case 'service_team':
    case 'service_unit':
      parts.push(o.serviceField, o.foundedOn && txt.founded(o.foundedOn))
      break
    case 'practice_base':
      parts.push(
        nameOf(names.hostTypes, o.hostType),
        nameOf(names.levels, o.level),
        o.batch,
        o.namedOn && txt.named(o.namedOn),
        o.peopleCovered !== null ? txt.covered(o.peopleCovered) : null,
      )
      break
    default:
      parts.push(o.foundedOn && txt.founded(o.foundedOn))
  }
  return parts.filter(Boolean).join(txt.separator) || t.common.none
}
