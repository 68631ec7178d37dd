import { resolve } from 'node:path'
import { periodLabel } from '../../../shared/documents/yearReport'
import { cli } from '../../../shared/i18n/cli'
import { reportColumnNames, reportDocumentText as docText } from '../../../shared/i18n/reports'
import { formatFigure } from '../../../shared/reports/report'
import { beijingDay } from '../../../shared/statistics/period'
import { checkWriteTarget } from '../../services/files/safeWrite'
import { findBrowser } from '../../services/print/headless/findBrowser'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { unitOption, unitsFilter } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { EXIT, usageError } from '../errors'
import { PDF_TARGET, XLSX_TARGET } from '../paths'
import { saveReportPdf } from '../reportPdf'
import { saveExport } from '../saveExport'
import { periodOption } from './stats'

const text = cli.commands.report

/**
 * `xinlian report --period 2026`: a report template filled through the dispatcher (the one
 * indicator engine); --out saves the .xlsx the app exports or the PDF it prints, --lock
 * freezes it as an operator.
 */
export const reportCommand = defineCommand({
  name: 'report',
  options: {
    period: { type: 'string', help: text.period, valueName: '2026' },
    template: { type: 'string', help: text.template, valueName: cli.valueNames.name },
    out: { type: 'string', help: text.out, valueName: cli.valueNames.file },
    lock: { type: 'boolean', help: text.lock },
    user: { type: 'string', help: text.user, valueName: cli.valueNames.username },
    ...unitOption,
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const period = periodOption(options.period, cli.commands.stats.badPeriod)
    if (options.lock && !options.user) throw usageError(text.lockNeedsUser)
    // What is locked is what goes upward: the whole unit's figures, never one unit's share.
    if (options.lock && options.unit) throw usageError(text.lockWholeUnit)
    const units = unitsFilter(options.unit)
    const target = options.out ? resolve(options.out) : null
    const format = target && /\.(xlsx|pdf)$/i.exec(target)?.[1]!.toLowerCase()
    if (target && !format) throw usageError(text.notXlsxOrPdf)
    if (target) checkWriteTarget(target, format === 'pdf' ? PDF_TARGET : XLSX_TARGET)
    // Before any figure is computed: without a browser there is no PDF to make.
    const browser = format === 'pdf' ? findBrowser(env) : null
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const templates = await s.call('reports.templates', {})
      const chosen = options.template
        ? templates.find((x) => x.name === options.template || x.id === options.template)
        : templates.find((x) => x.isDefault)
      if (!chosen) throw usageError(text.noTemplate(options.template ?? ''))
      const templateId = chosen.id
      const locked = options.lock ? await s.call('reports.lock', { templateId, period }) : null
      const report = locked
        ? locked.report
        : await s.call('reports.compute', { templateId, period, ...units })
      if (target) {
        const source = locked ? { lockedId: locked.id } : { templateId, period, ...units }
        if (browser) await saveReportPdf(await s.call('reports.document', source), browser, target)
        else await saveExport(await s.call('reports.export', source), target)
      }
      const columns = report.template.columns
      const lines = report.lines.map((l) =>
        l.kind === 'section'
          ? text.section(l.label)
          : text.line(
              l.label,
              l.unit,
              l.values
                .map((v, i) =>
                  text.figure(
                    reportColumnNames[columns[i]!] ?? columns[i]!,
                    formatFigure(v, columns[i]!, l.decimals, docText.notAvailable),
                  ),
                )
                .join('  '),
            ),
      )
      out.result(
        {
          template: { id: templateId, name: report.template.name },
          period: report.period,
          rulesVersion: report.rulesVersion,
          columns,
          lines: report.lines,
          notes: report.template.notes,
          locked: locked && { id: locked.id, lockedAt: locked.lockedAt, hash: locked.hash },
          file: target,
        },
        [
          text.heading(
            report.template.title,
            report.unitName,
            periodLabel(report.period),
            report.rulesVersion,
          ),
          ...lines,
          ...report.template.notes.map(text.note),
          ...(locked ? [text.locked(beijingDay(Date.parse(locked.lockedAt)), locked.hash)] : []),
          ...(target ? [text.saved(target)] : []),
        ],
      )
      return EXIT.ok
    })
  },
})
