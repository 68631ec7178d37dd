import { backupsCliText } from './backupsCli'
import { activitiesCliText } from './activities'
import { importCliText } from './imports'
import { personsCliText } from './personsCli'
import { suggestionsCliText } from './suggestionsCli'
import { statisticsCliText } from './statisticsCli'
import { boardCliText } from './boardCli'
import { packagesCliText } from './packagesCli'
import { dataAtRestCliText } from './dataAtRest'
import { downwardCliText } from './downwardCli'

/** Text of the `xinlian` command line tool: help, results and errors. */
export const cli = {
  title: '新联台账命令行工具 xinlian',
  usageLabel: '用法：',
  commandsLabel: '命令：',
  optionsLabel: '选项：',
  examplesLabel: '示例：',
  topUsage: 'xinlian <命令> [选项]',
  conventionsLabel: '通用约定：',
  conventions: [
    '数据目录用 --data-dir 指定，或设置环境变量 XINLIAN_DATA_DIR。',
    '--json 时标准输出只打印一个 JSON 文档；错误信息一律写到标准错误。',
    '密码只从环境变量 XINLIAN_PASSWORD 读取，不接受命令行参数（命令行会留在历史记录中）。',
    '数据库已加密，只有密码能打开：凡读取或修改数据的命令都须用 --user 指定账号（密码取自 XINLIAN_PASSWORD），写入审计日志。只有升级前尚未加密的数据目录，查看统计数字时可以不登录。',
  ],
  exitCodes: '退出码：0 成功；1 操作失败（如校验不通过、密码错误）；2 用法错误。',
  moreHelp: '运行 xinlian <命令> --help 查看各命令的用法。',
  localViewer: '本机命令行',

  options: {
    dataDir: '数据目录（也可用环境变量 XINLIAN_DATA_DIR）',
    json: '只在标准输出打印一个 JSON 文档',
    help: '显示此命令的用法',
    user: '登录的用户名（数据库已加密，读取数据也须登录）；密码从环境变量 XINLIAN_PASSWORD 读取',
    unit: '上级单位：只列出这个单位（行政区划代码）的记录；不指定时列出本单位及下级的全部记录',
  },
  valueNames: {
    dir: '目录',
    file: '文件',
    code: '代码',
    name: '名称',
    username: '用户名',
    displayName: '姓名',
    port: '端口',
  },

  commands: {
    init: {
      summary: '首次使用：登记本单位，创建第一个管理员',
      description:
        '首次使用时登记本单位并创建第一个管理员账号。管理员密码从环境变量 XINLIAN_PASSWORD 读取（至少 10 位，须含字母和数字）。',
      unitCode: '本单位的行政区划代码（GB/T 2260，6 位，如 330621）',
      unitName: '本单位名称，如 示例县委统战部',
      admin: '管理员用户名（字母、数字、_ . -）',
      adminName: '管理员姓名（默认与用户名相同）',
      examples: [
        'XINLIAN_PASSWORD=… xinlian init --data-dir D:\\新联台账 --unit-code 330621 --unit-name 示例县委统战部 --admin admin',
      ],
      done: (unitName: string, code: string, level: string, admin: string) =>
        `已完成初始化：${unitName}（${code}，${level}），管理员 ${admin}。`,
      keepPassword: '请牢记管理员密码：本软件没有默认密码，也无法找回。',
    },
    serve: {
      summary: '启动本机浏览器版，显示带访问令牌的地址',
      description:
        '在本机 127.0.0.1 上启动浏览器版新联台账，并打印带访问令牌的地址。只有持有该地址的人能打开；按 Ctrl+C 停止。',
      port: '端口（默认由系统自动选择）',
      open: '同时在默认浏览器中打开',
      examples: [
        'xinlian serve --data-dir D:\\新联台账',
        'xinlian serve --data-dir D:\\新联台账 --port 8080',
      ],
      started: '新联台账（本机浏览器版）已启动，请在浏览器中打开：',
      tokenWarning:
        '该地址含一次性访问令牌，只能打开一次；其他标签页或浏览器需用账号密码登录。请勿发给他人。按 Ctrl+C 停止。',
      stopped: '已停止。',
      noRenderer: (dir: string) =>
        `找不到浏览器版界面文件（${dir}）。请先在项目目录中运行 npm run build 构建界面，再运行此命令。`,
      badPort: (value: string) => `端口“${value}”无效，应为 1–65535 之间的整数`,
      portInUse: (port: number) =>
        `端口 ${port} 已被占用。请换一个端口，或不指定 --port 由系统自动选择。`,
    },
    'audit verify': {
      summary: '校验审计日志的哈希链是否完整，并与签名检查点核对',
      description:
        '逐条校验审计日志的哈希链，报告每一处被改动、插入或缺失的记录；再与能找到的每个签名检查点核对（本库的、最近一份上级回执的、最新备份的，以及 --against 指定的文件），逐个说明是否吻合。只有库外的检查点能发现拿到文件的人改写或截断日志。需要管理员账号（--user）。校验本身也记入审计日志。',
      against: '另行核对的文件：数据包、回执、备份或导出的检查点文件',
      examples: [
        'XINLIAN_PASSWORD=… xinlian audit verify --data-dir D:\\新联台账 --user admin',
        'XINLIAN_PASSWORD=… xinlian audit verify --data-dir D:\\新联台账 --user admin --against E:\\330621_示例县委统战部_2026年度_增量_20261205.xlpkg',
      ],
      intact: (n: number) => `审计日志完整：共 ${n} 条记录，哈希链连续。`,
      broken: (seqs: number[], count: number, checked: number) =>
        `审计日志不完整：共 ${count} 处哈希链断开，在第 ${seqs.slice(0, 20).join('、')}${count > 20 ? ' 等' : ''} 条记录（已检查 ${checked} 条），日志可能被改动过。`,
    },
    backup: {
      summary: '在线备份数据库到指定文件（与“设置 → 备份”相同）',
      description:
        '在不中断使用的情况下把整个数据库复制到指定文件：先写入临时文件，校验完整后才改为最终文件名。需要管理员账号（--user）。备份文件与数据库一样包含个人信息，请妥善保管。',
      out: '备份文件的路径（不能是已存在的文件）',
      examples: [
        'XINLIAN_PASSWORD=… xinlian backup --data-dir D:\\新联台账 --user admin --out E:\\备份\\新联台账-2026.xlbak',
      ],
      done: (path: string, size: string) => `备份完成，已通过完整性校验：${path}（${size}）`,
      outExists: (path: string) => `文件“${path}”已存在，未覆盖。请换一个文件名，或先移走原文件。`,
    },
    ...activitiesCliText,
    ...personsCliText,
    ...importCliText,
    ...suggestionsCliText,
    ...statisticsCliText,
    ...packagesCliText,
    ...dataAtRestCliText,
    ...downwardCliText,
    ...boardCliText,
    ...backupsCliText,
  } satisfies Record<string, CommandText>,

  errors: {
    outExists: (path: string) => `文件“${path}”已存在，未覆盖。请换一个文件名，或先移走原文件。`,
    writeFailed: (path: string) => `无法写入文件“${path}”，请检查磁盘空间和写入权限。`,
    cannotRead: (path: string) => `无法读取文件“${path}”，请检查路径是否正确。`,
    unknownCommand: (name: string) => `未知命令“${name}”。运行 xinlian --help 查看可用命令。`,
    subcommandNeeded: (group: string, choices: string) =>
      `“${group}”需要子命令：${choices}。运行 xinlian --help 查看可用命令。`,
    unknownOption: (name: string) => `不认识的选项 ${name}。运行 xinlian <命令> --help 查看用法。`,
    optionNeedsValue: (name: string) => `选项 ${name} 需要一个值`,
    optionTakesNoValue: (name: string) => `选项 ${name} 不需要值`,
    unexpectedArgument: (arg: string) => `多余的参数“${arg}”`,
    missingOptions: (names: string) => `缺少必填选项：${names}`,
    missingArguments: (names: string) => `缺少参数：${names}`,
    passwordAsArgument:
      '不接受命令行中的密码（会留在命令历史中）。请通过环境变量 XINLIAN_PASSWORD 提供密码。',
    noDatabase: (dir: string) =>
      `数据目录“${dir}”中没有新联台账的数据库。请检查路径，或先运行 xinlian init 完成初始化。`,
    notInitialized: '请先运行 xinlian init 完成初始化。',
    alreadyInitialized: (dir: string) => `数据目录“${dir}”已完成初始化，未做任何改动。`,
    internal: (detail: string) => `程序内部错误：${detail}`,
  },
}

export interface CommandText {
  summary: string
  description: string
  examples: string[]
  [key: string]: unknown
}
