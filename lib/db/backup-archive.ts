/**
 * The backup archive: what it holds (manifest, database snapshot, media), how a manifest is made,
 * and how an archive is unpacked and checked before anything trusts it (lib/db/backup.ts).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import * as tar from 'tar'

const FORMAT = 'news-center-backup/1'
export const MANIFEST = 'manifest.json'
export const DATABASE = 'database.db'
export const MEDIA = 'media'

export type BackupManifest = {
  format: typeof FORMAT
  createdAt: string
  database: { bytes: number; sha256: string; tables: Record<string, number> }
  media: { path: string; bytes: number; sha256: string }[]
}

/** A refusal with a message for the operator: no stack trace needed. */
export class BackupError extends Error {
  name = 'BackupError'
}

/** The manifest for a staged backup: checksums of every file and row counts per table. */
export async function manifestFor(dir: string): Promise<BackupManifest> {
  const database = path.join(dir, DATABASE)
  const media = []
  for (const file of listFiles(path.join(dir, MEDIA))) {
    const full = path.join(dir, MEDIA, file)
    media.push({ path: file, bytes: fs.statSync(full).size, sha256: await sha256(full) })
  }
  return {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    database: {
      bytes: fs.statSync(database).size,
      sha256: await sha256(database),
      tables: await withClient(database, countRows),
    },
    media,
  }
}

/** Extracts an archive into `dir` and checks it against its manifest; throws a BackupError saying what is wrong. */
export async function unpack(archive: string, dir: string): Promise<BackupManifest> {
  try {
    await tar.extract({
      file: archive,
      cwd: dir,
      strict: true,
      filter: (_path, entry) => 'type' in entry && ['File', 'Directory'].includes(entry.type),
    })
  } catch (error) {
    throw new BackupError(`it cannot be read as a .tar.gz (${messageOf(error)})`)
  }
  const manifestFile = path.join(dir, MANIFEST)
  if (!fs.existsSync(manifestFile)) throw new BackupError(`it has no ${MANIFEST}, so it is not a news-center backup`)
  let manifest: unknown
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  } catch {
    throw new BackupError(`its ${MANIFEST} is not valid JSON`)
  }
  if (!isManifest(manifest)) throw new BackupError(`its ${MANIFEST} is not a ${FORMAT} manifest`)

  const database = path.join(dir, DATABASE)
  if (!fs.existsSync(database)) throw new BackupError(`it has no ${DATABASE}`)
  if ((await sha256(database)) !== manifest.database.sha256)
    throw new BackupError(`${DATABASE} does not match its checksum`)
  const listed = new Set(manifest.media.map((entry) => entry.path))
  const extra = listFiles(path.join(dir, MEDIA)).find((file) => !listed.has(file))
  if (extra) throw new BackupError(`${MEDIA}/${extra} is not in the manifest`)
  for (const entry of manifest.media) {
    const file = path.join(dir, MEDIA, entry.path)
    if (!fs.existsSync(file)) throw new BackupError(`${MEDIA}/${entry.path} is missing`)
    if ((await sha256(file)) !== entry.sha256)
      throw new BackupError(`${MEDIA}/${entry.path} does not match its checksum`)
  }

  const problem = await withClient(database, async (client) => {
    const { rows } = await client.execute('PRAGMA integrity_check')
    const report = rows.map((row) => String(row.integrity_check))
    if (report.join() !== 'ok') return `${DATABASE} fails PRAGMA integrity_check: ${report.slice(0, 5).join('; ')}`
    const counts = JSON.stringify(await countRows(client))
    return counts === JSON.stringify(manifest.database.tables)
      ? undefined
      : `${DATABASE} row counts differ from the manifest`
  }).catch((error: unknown) => `${DATABASE} cannot be read (${messageOf(error)})`)
  if (problem) throw new BackupError(problem)
  return manifest
}

async function countRows(client: Client) {
  const { rows } = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const counts: Record<string, number> = {}
  for (const row of rows) {
    const table = String(row.name)
    const result = await client.execute(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`)
    counts[table] = Number(result.rows[0].n)
  }
  return counts
}

export async function withClient<T>(file: string, work: (client: Client) => Promise<T>) {
  const client = createClient({ url: `file:${file}` })
  try {
    return await work(client)
  } finally {
    client.close()
  }
}

/** Regular files under `root`, as sorted `/`-separated relative paths; links and the like are left out. */
function listFiles(root: string, sub = ''): string[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(path.join(root, sub), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.posix.join(sub, entry.name)
      if (entry.isDirectory()) return listFiles(root, relative)
      return entry.isFile() ? [relative] : []
    })
    .sort()
}

async function sha256(file: string) {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

function isManifest(value: unknown): value is BackupManifest {
  if (typeof value !== 'object' || value === null || !('format' in value) || value.format !== FORMAT) return false
  if (!('database' in value) || typeof value.database !== 'object' || value.database === null) return false
  if (!('sha256' in value.database) || !('tables' in value.database)) return false
  return 'media' in value && Array.isArray(value.media) && value.media.every(isMediaEntry)
}

/** A media entry whose path stays inside the media directory. */
function isMediaEntry(entry: unknown) {
  if (typeof entry !== 'object' || entry === null || !('path' in entry) || !('sha256' in entry)) return false
  const { path: file } = entry
  return typeof file === 'string' && file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..')
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
