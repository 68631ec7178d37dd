/** The only channel names the transports use; each shell derives its routes from these. */
export const IPC_INVOKE_CHANNEL = 'xinlian:invoke'
export const IPC_EVENT_CHANNEL = 'xinlian:event'
export const HTTP_API_PREFIX = '/api/'
export const HTTP_EVENTS_PATH = '/events'
export const HTTP_TOKEN_COOKIE = 'xinlian_token'
export const HTTP_TOKEN_QUERY = 'token'
