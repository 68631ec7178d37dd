import { packageRefusals as m } from '../../../shared/i18n/packages'

/** Why a package (or a receipt) was refused; `message` is the one sentence the user reads. */
export type RefusalKind =
  | 'damaged'
  | 'notPackage'
  | 'tooLarge'
  | 'unsafeName'
  | 'duplicateName'
  | 'zipBomb'
  | 'unknownSender'
  | 'unknownKey'
  | 'revokedKey'
  | 'notForUs'
  | 'cannotDecrypt'
  | 'noOwnKey'
  | 'newerSchema'
  | 'newerFormat'
  | 'sameIdDifferent'
  | 'gap'
  | 'ownPackage'
  | 'senderNotBelow'
  | 'senderNotAbove'
  | 'isDownward'
  | 'notDownward'

export class PackageRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    detail?: string,
    message?: string,
  ) {
    super(message ?? defaultMessage(kind, detail ?? ''))
    this.name = 'PackageRefusal'
  }
}

function defaultMessage(kind: RefusalKind, detail: string): string {
  switch (kind) {
    case 'unsafeName':
      return m.unsafeName(detail)
    case 'duplicateName':
      return m.duplicateName(detail)
    case 'notForUs':
      return m.notForUs(detail)
    case 'newerSchema':
      return m.newerSchema(detail)
    case 'newerFormat':
      return m.newerFormat(detail)
    case 'tooLarge':
      return m.tooLarge(Number(detail))
    case 'senderNotBelow':
      return m.senderNotBelow(detail)
    case 'senderNotAbove':
      return m.senderNotAbove(detail)
    case 'damaged':
    case 'notPackage':
    case 'zipBomb':
    case 'cannotDecrypt':
    case 'noOwnKey':
    case 'sameIdDifferent':
    case 'ownPackage':
    case 'isDownward':
    case 'notDownward':
      return m[kind]
    default:
      return m.damaged
  }
}
