import { PACKAGE_MAX_BASE64 } from '../../../../shared/contract/packages'
import { t } from '../../../../shared/i18n'
import { readFileBase64 } from '../../attachments/fileBase64'
import { FileDropZone } from '../../files/FileDropZone'

const MAX_MB = 512

export const isPackageFileName = (name: string): boolean => /\.xlpkg$/i.test(name)

/** A picked package's bytes as base64; a file too large to send is refused here. */
export async function readPackageData(file: File): Promise<string> {
  const data = await readFileBase64(file)
  if (data.length > PACKAGE_MAX_BASE64) throw new Error(t.reportsUi.importer.tooLarge(MAX_MB))
  return data
}

/** Where a package file (.xlpkg) is dropped or picked. */
export function PackageDropZone(props: {
  busy: string | null
  title: string
  hint: string
  onFile(file: File): void
}) {
  return <FileDropZone accept=".xlpkg" {...props} />
}
