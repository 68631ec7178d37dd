/** The only channel names the transports use; each shell derives its routes from these. */
export const IPC_INVOKE_CHANNEL = 'xinlian:invoke'
export const IPC_EVENT_CHANNEL = 'xinlian:event'
export const HTTP_API_PREFIX = '/api/'
export const HTTP_EVENTS_PATH = '/events'
/** Where a page trades the launch token (once) or asks for a fresh signed-out session. */
export const HTTP_SESSION_PATH = '/session'
/** The page credential: a header, never a cookie, so no other local origin can send it. */
export const HTTP_SESSION_HEADER = 'x-xinlian-session'
export const HTTP_TOKEN_QUERY = 'token'
