import type { KeyCardFile } from '../../../../../shared/contract/units'
import { saveBlob } from '../../imports/saveFile'

/** A key card goes out byte for byte as the core signed it. */
export function saveCard(card: KeyCardFile): void {
  saveBlob(card.fileName, new Blob([card.signedText], { type: 'application/json' }))
}
