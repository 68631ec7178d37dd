/**
 * What an untrusted spreadsheet may be (SECURITY.md "Untrusted files"). Generous for real
 * rosters — a 100,000-person sheet is a 10 MB file of 60 MB XML — and far below what would
 * hurt the app.
 */
export const SPREADSHEET_LIMITS = {
  /** The file as uploaded. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Parts inside an .xlsx; Office writes a dozen, a workbook with many sheets a few hundred. */
  maxZipEntries: 1000,
  /**
   * Uncompressed/compressed, a zip bomb's mark; checked only for parts that inflate past
   * minRatioCheckBytes, since what hurts is bytes to inflate, not a ratio: a genuine
   * workbook of long repeated text compresses 120:1 and more at a few MB.
   */
  maxCompressionRatio: 100,
  minRatioCheckBytes: 64 * 1024 * 1024,
  /** A worksheet is inflated and parsed piece by piece: bounded by time, not memory. */
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Parts held whole in memory while a workbook is read (shared strings, styles, workbook). */
  maxHeldBytes: 256 * 1024 * 1024,
  /** Excel's own limit of a cell's text. */
  maxCellChars: 32767,
  /**
   * A run of XML text longer than this (no markup in between) cannot be a cell Excel wrote:
   * refused before the parser holds it in memory.
   */
  maxTextRunBytes: 256 * 1024,
  /**
   * Text of one row (characters of its XML). A roster row is a few kilobytes; Excel's widest
   * row of short values is under a megabyte. A row that runs past this never ends in a real
   * file: refused as it is read, not held.
   */
  maxRowChars: 8 * 1024 * 1024,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  /** Data rows of one import, over all sheets. */
  maxImportRows: 1_000_000,
  /**
   * Heap of the worker that parses an .xlsx: a hostile file stops there, the app goes on.
   * The limits above refuse hostile files long before; this is the backstop. Not tighter:
   * V8 collects far more often under a tight limit (512 MB cost 30% more CPU on 100k rows).
   */
  workerHeapMb: 2048,
} as const

/** Keys that must never become property names (prototype pollution). */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
])
