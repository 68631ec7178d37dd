/** Relay to the province (UPWARD.md "After import"): what the province says of a city's relay. */
const unit = (code: string, name: string) => `${code} ${name}`

export const relayText = {
  notBelow: (county: string, countyName: string, city: string, cityName: string) =>
    `${unit(county, countyName)} 不是 ${unit(city, cityName)} 的下级单位，不能由其转报，已拒收，未导入任何数据`,
  viaOther: (county: string, countyName: string, via: string) =>
    `${unit(county, countyName)} 的数据一向由 ${via} 转报，不能改由其他单位转报，已拒收，未导入任何数据`,
  foreignRows: (city: string, cityName: string) =>
    `${unit(city, cityName)} 转报的数据中有不属于它或其下级单位的记录，已拒收，未导入任何数据`,
  badEvidence: (county: string, countyName: string) =>
    `${unit(county, countyName)} 原始数据包的签名核验不通过，转报的数据可能被篡改，已拒收，未导入任何数据`,
}
