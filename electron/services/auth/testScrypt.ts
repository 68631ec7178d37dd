import type { ScryptParams } from './password'

/** The cost the test suite hashes at: in process, in the web shells of e2e and in `xinlian`. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 }

/**
 * The test suite starts a few hundred `xinlian` processes, and each sign-in runs scrypt twice
 * (key slot, password) at the production cost: most of CI's time went there. A process
 * started by the tests asks for the test cost by two variables at once; whoever can set a
 * command's environment can read XINLIAN_PASSWORD from it anyway, so this gives nothing
 * away. Undefined means the production cost (DEFAULT_SCRYPT).
 */
export function scryptForTests(env: NodeJS.ProcessEnv): ScryptParams | undefined {
  return env.NODE_ENV === 'test' && env.XINLIAN_TEST_SCRYPT === 'cheap' ? TEST_SCRYPT : undefined
}
