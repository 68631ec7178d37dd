// The package's own typings are not reachable through its "exports" map; its API is
// better-sqlite3's (the key methods aside, which db/atRest/cipher.ts reaches by pragma).
declare module 'better-sqlite3-multiple-ciphers' {
  import BetterSqlite3 from 'better-sqlite3'
  export default BetterSqlite3
}
