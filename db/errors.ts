/** Why a database could not be opened; the message is for the user, in Chinese. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason:
      | 'network-share'
      | 'newer-version'
      | 'migration-failed'
      | 'not-a-database'
      | 'keys-missing'
      | 'keys-damaged'
      | 'key-does-not-fit'
      | 'database-missing',
    message: string,
  ) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}
