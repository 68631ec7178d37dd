import { maskIdNumber, maskPhone } from '../privacy/mask'

/**
 * The masked form of a record for output: every persons.* answer goes through this, except
 * persons.reveal. Works on any shape that carries idNumber and phone.
 */
export function maskPerson<T extends { idNumber: string | null; phone: string | null }>(
  person: T,
): T {
  return {
    ...person,
    idNumber: person.idNumber ? maskIdNumber(person.idNumber) : null,
    phone: person.phone ? maskPhone(person.phone) : null,
  }
}
