/** Help and results of the `xinlian persons …` and `xinlian demo` commands. */
export const personsCliText = {
  'persons add': {
    summary: '从 JSON 文件新增人员',
    description:
      '读取 JSON 文件（一个人员对象，或人员对象的数组，字段同人员登记表），逐条校验并新增；遇到不通过的记录即停止，并说明已新增了哪些。需要录入员或管理员账号（--user）。',
    input: 'JSON 文件路径',
    examples: ['XINLIAN_PASSWORD=… xinlian persons add --data-dir D --user lisi --input 张三.json'],
    done: (n: number) => `已新增 ${n} 人。`,
    added: (name: string, id: string) => `  ${name}（${id}）`,
    badJson: (file: string, reason: string) => `文件“${file}”不是有效的 JSON：${reason}`,
    notPersons: '文件内容应为一个人员对象，或人员对象的数组',
    rowFailed: (n: number, message: string) => `第 ${n} 条未能新增：${message}`,
    partial: (n: number) => `已新增前 ${n} 条；其余未写入。`,
  },
  'persons list': {
    summary: '列出人员（身份证号、手机号已遮蔽）',
    description:
      '按查询词列出人员，身份证号和手机号一律遮蔽。查询词可以是姓名的一部分、拼音首字母、全拼、工作单位、手机或身份证号尾号。需要 --user。',
    query: '查询词',
    limit: '最多列出多少人（默认全部）',
    examples: [
      'XINLIAN_PASSWORD=… xinlian persons list --data-dir D --user lisi --query zs --json',
    ],
    total: (n: number, shown: number) =>
      n === shown ? `共 ${n} 人。` : `共 ${n} 人，列出前 ${shown} 人。`,
    badLimit: (v: string) => `--limit“${v}”无效，应为正整数`,
  },
  'persons count': {
    summary: '统计在册人员数',
    description:
      '统计人员数（不含回收站）。只输出人数，不显示个人信息，因此可不指定 --user；指定时以该用户身份统计。',
    examples: ['XINLIAN_PASSWORD=… xinlian persons count --data-dir D --user admin --json'],
    total: (n: number) => `共 ${n} 人。`,
    unit: '只统计这个单位（行政区划代码）登记的人员；不指定时，上级单位分别统计本单位和各下级单位',
    byUnit: (code: string, name: string, n: number) => `  ${code} ${name}：${n} 人`,
  },
  'persons duplicates': {
    summary: '列出跨单位重复人员（不同单位同一身份证号）',
    description:
      '上级单位收到下级数据包后，列出在两个或多个单位都有在册记录的身份证号，成对显示两条记录、所属单位、最近修改的一方和处理结果（迁移 / 确认不同）。身份证号以掩码显示。',
    examples: ['xinlian persons duplicates --across-units --data-dir D --user admin --json'],
    acrossUnits: '列出不同单位之间的重复（目前唯一支持的方式，必须指定）',
    state: '只列出：open 待处理（默认）、marked 已处理、all 全部',
    badState: '--state 只能是 open、marked 或 all',
    needsFlag: '请加 --across-units：本命令列出不同单位同一身份证号的在册人员。',
    none: '没有跨单位重复的人员。',
    total: (pairs: number, open: number, marked: number) =>
      `共 ${pairs} 对（待处理 ${open} 对，已处理 ${marked} 对）。`,
    line: (id: string, a: string, b: string, last: string, mark: string | null) =>
      `${id}  ${a}  ↔  ${b}  最近修改：${last}${mark ? `  ${mark}` : ''}`,
    side: (name: string, code: string, unit: string) => `${name}（${code} ${unit}）`,
    marked: (verdict: string, code: string) => `${verdict}（${code} 标记）`,
  },
  demo: {
    summary: '加载演示数据（合成人员，已标记为演示）',
    description:
      '生成逼真的合成人员数据（姓名、有效身份证号、类别、乡镇等），全部标记为演示数据。已有正式数据时拒绝加载。规模：county 约 5 千人，city 约 10 万人，province 约 100 万人。需要管理员账号（--user）。',
    scale: '规模：county | city | province',
    seed: '随机种子（相同种子生成相同数据，默认 1）',
    examples: ['XINLIAN_PASSWORD=… xinlian demo --data-dir D --user admin --scale county'],
    done: (n: number, seconds: string) => `已加载演示数据 ${n} 人，用时 ${seconds} 秒。`,
    badScale: (v: string) => `--scale“${v}”无效，应为 county、city 或 province`,
    badSeed: (v: string) => `--seed“${v}”无效，应为非负整数`,
  },
}
