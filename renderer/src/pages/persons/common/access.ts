import type { SessionInfo } from '../../../../../shared/contract'
import { roleAllows } from '../../../../../shared/contract/roles'

/** Entering, editing, deleting, restoring and revealing need an operator; the core checks too. */
export const canWrite = (session: SessionInfo): boolean => roleAllows(session.role, 'operator')

/** Purging from the recycle bin and editing dictionaries are for admins. */
export const isAdmin = (session: SessionInfo): boolean => session.role === 'admin'
