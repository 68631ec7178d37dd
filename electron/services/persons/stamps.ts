import { parseHlc } from '../../../shared/time/hlc'

/** The wall-clock instant of an HLC stamp, ISO 8601: what the screens show as 修改时间. */
export function hlcToIso(stamp: string): string {
  return new Date(parseHlc(stamp).ms).toISOString()
}
