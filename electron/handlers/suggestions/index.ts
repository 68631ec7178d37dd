import { suggestionAttachmentHandlers } from './attachments'
import { suggestionDictionaryHandlers } from './dictionaries'
import { suggestionImportHandlers } from './importLedger'
import { suggestionLedgerHandlers } from './ledger'
import { suggestionReadHandlers } from './read'
import { suggestionRulesHandlers } from './rules'
import { suggestionWriteHandlers } from './write'

/** 建言献策: records, scoring rules and the two editable lists. */
export const suggestionsHandlers = {
  ...suggestionReadHandlers,
  ...suggestionWriteHandlers,
  ...suggestionRulesHandlers,
  ...suggestionDictionaryHandlers,
  ...suggestionLedgerHandlers,
  ...suggestionAttachmentHandlers,
  ...suggestionImportHandlers,
}
