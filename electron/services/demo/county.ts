/**
 * The fictional county of the demo data: townships and their communities, loaded into the
 * township/community dictionaries when those are empty. Codes: township 001–014, community
 * township code + two digits.
 */
export const DEMO_TOWNSHIPS: readonly { name: string; communities: readonly string[] }[] = [
  {
    name: '城关街道',
    communities: ['人民路社区', '解放路社区', '文昌社区', '新华社区', '城东社区'],
  },
  { name: '东湖街道', communities: ['东湖社区', '湖滨社区', '望湖社区', '桂花村'] },
  { name: '西山街道', communities: ['西山社区', '翠屏社区', '枫林社区', '石门村'] },
  { name: '南岭街道', communities: ['南岭社区', '南塘社区', '竹园村'] },
  { name: '北塘街道', communities: ['北塘社区', '北门社区', '塘头村'] },
  { name: '青石镇', communities: ['青石社区', '上坂村', '下坂村', '溪口村'] },
  { name: '白沙镇', communities: ['白沙社区', '沙湾村', '横山村'] },
  { name: '桃源镇', communities: ['桃源社区', '桃花村', '源头村'] },
  { name: '清溪镇', communities: ['清溪社区', '溪东村', '溪西村'] },
  { name: '云峰镇', communities: ['云峰社区', '峰下村', '茶园村'] },
  { name: '龙泉乡', communities: ['龙泉村', '龙潭村'] },
  { name: '松岭乡', communities: ['松岭村', '岭脚村'] },
  { name: '梅园乡', communities: ['梅园村', '梅坞村'] },
  { name: '凤凰乡', communities: ['凤凰村', '凤鸣村'] },
]

export function townshipCode(i: number): string {
  return String(i + 1).padStart(3, '0')
}

export function communityCode(township: number, community: number): string {
  return `${townshipCode(township)}${String(community + 1).padStart(2, '0')}`
}
