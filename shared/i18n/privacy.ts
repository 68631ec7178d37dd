/** What searching by a full ID or phone number writes and says (issue 15 §4). */
export const privacyText = {
  searchedById: (masked: string) => `按完整身份证号查找人员：${masked}`,
  searchedByPhone: (masked: string) => `按完整手机号查找人员：${masked}`,
  tooManyIdentifierSearches: (perHour: number) =>
    `按完整身份证号或手机号查找过于频繁（每小时最多 ${perHour} 次），请稍后再试，或请有权限的同事协助。`,
} as const
