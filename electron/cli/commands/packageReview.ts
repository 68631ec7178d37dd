import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { CliError, EXIT, usageError } from '../errors'
import { writeNewFile } from '../newFile'

const text = cli.commands['package review']

/** `xinlian package review`: 审核 (--accept) or 退回 (--return "reason"), receipt to a file. */
export const packageReviewCommand = defineCommand({
  name: 'package review',
  options: {
    ...userOption,
    unit: { type: 'string', help: text.unit, valueName: cli.valueNames.code, required: true },
    period: { type: 'string', help: text.period, valueName: '期间', required: true },
    accept: { type: 'boolean', help: text.accept },
    return: { type: 'string', help: text.return, valueName: '原因' },
    'receipt-out': {
      type: 'string',
      help: text.receiptOut,
      valueName: cli.valueNames.file,
      required: true,
    },
  },
  async run({ options, out, env }) {
    const accept = options.accept === true
    if (accept === (options.return !== undefined)) throw usageError(text.oneDecision)
    const target = resolve(options['receipt-out']!)
    // Checked first: a decision is never recorded without its receipt in hand.
    if (existsSync(target))
      throw new CliError(cli.errors.outExists(target), EXIT.failed, 'CONFLICT')
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call('packages.review', {
        unit: options.unit!,
        period: options.period!,
        decision: accept ? 'reviewed' : 'returned',
        ...(accept ? {} : { reason: options.return }),
      })
      writeNewFile(target, Buffer.from(r.receipt.signedText, 'utf8'))
      out.result(
        {
          ok: true,
          unit: r.unitCode,
          period: r.period,
          status: r.status,
          reason: r.reason,
          packageId: r.packageId,
          receipt: target,
        },
        [text.done(r.status, r.unitCode, r.period, target)],
      )
      return EXIT.ok
    })
  },
})
