/** `npm run backup [-- --out <path>]` and `npm run restore <archive>` (lib/db/backup.ts). */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { backup, BackupError, restore } from './backup'
import { runScript } from './run-script'

// The same default as the media collection's upload directory (collections/media.ts).
const mediaDir = path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'data/media')
const databaseUri = process.env.DATABASE_URI
const USAGE =
  'Usage: npm run backup [-- --out <file or directory>], or npm run restore <archive.tar.gz> with the server stopped.'

async function main([command, ...args]: string[]) {
  if (command === 'backup') {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } })
    const result = await backup({ databaseUri, mediaDir, out: values.out })
    const rows = Object.values(result.manifest.database.tables).reduce((sum, count) => sum + count, 0)
    console.log(
      `Backed up ${result.database} (${rows} rows) and ${result.manifest.media.length} media files from ${result.mediaDir}`,
    )
    console.log(`to ${result.archive}`)
    return
  }
  if (command === 'restore') {
    const { positionals } = parseArgs({ args, allowPositionals: true })
    if (positionals.length !== 1) throw new BackupError(USAGE)
    const result = await restore({ archive: positionals[0], databaseUri, mediaDir })
    console.log(`Restored the backup of ${result.manifest.createdAt} into ${result.database} and ${result.mediaDir}.`)
    const kept = [result.kept.database, result.kept.mediaDir].filter(Boolean)
    if (kept.length) console.log(`The previous copies are kept until you delete them:\n  ${kept.join('\n  ')}`)
    return
  }
  throw new BackupError(USAGE)
}

runScript(async () => {
  try {
    await main(process.argv.slice(2))
  } catch (error) {
    const badArgument = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
    if (!(error instanceof BackupError) && !badArgument) throw error
    console.error(badArgument ? `${error.message}. ${USAGE}` : error.message)
    process.exit(1)
  }
})
