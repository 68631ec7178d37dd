import { call } from '../../api/client'
import type { LocalDictionaryApi } from './LocalDictionaryModal'

/** The post dictionary (会长, 副会长, 秘书长…) for the dictionary dialog. */
export const postsApi: LocalDictionaryApi = {
  list: () => call('organizations.posts', { includeDisabled: true }),
  save: (e) => call('organizations.savePost', e),
  remove: (code) => call('organizations.deletePost', { code }),
}
