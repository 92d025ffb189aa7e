/**
 * Backup and restore for the embedded SQLite database and the uploaded media, as one .tar.gz holding
 * `manifest.json`, `database.db` (a VACUUM INTO snapshot, safe while the server runs) and `media/`.
 * PostgreSQL and MongoDB have their own tools (README, "Backup and restore").
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import * as tar from 'tar'

import { resolveDatabase } from './database-url'

const FORMAT = 'news-center-backup/1'
const MANIFEST = 'manifest.json'
const DATABASE = 'database.db'
const MEDIA = 'media'

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

type BackupOptions = { databaseUri: string | undefined; mediaDir: string; out?: string }
type RestoreOptions = { archive: string; databaseUri: string | undefined; mediaDir: string }

/** Writes one archive of the database and media; it is checked as restore would check it before it is kept. */
export async function backup({ databaseUri, mediaDir, out }: BackupOptions) {
  const file = sqliteFile(databaseUri, 'backup')
  if (!fs.existsSync(file)) throw new BackupError(`There is no database at ${file} to back up (check DATABASE_URI).`)
  const archive = archivePath(out)
  if (fs.existsSync(archive)) throw new BackupError(`${archive} already exists; choose another --out.`)
  fs.mkdirSync(path.dirname(archive), { recursive: true })

  const staging = fs.mkdtempSync(path.join(path.dirname(archive), '.backup-'))
  const media = path.join(staging, MEDIA)
  const partial = `${archive}.partial`
  try {
    const snapshot = path.join(staging, DATABASE)
    await withClient(file, async (client) => {
      await client.execute('PRAGMA busy_timeout = 5000')
      await client.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
    })
    // Media files go into the archive through a link, so the tar has one root and nothing is copied.
    if (fs.existsSync(mediaDir)) fs.symlinkSync(path.resolve(mediaDir), media)
    else fs.mkdirSync(media)
    const manifest = await manifestFor(staging)
    fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    const entries = [MANIFEST, DATABASE, ...manifest.media.map((entry) => `${MEDIA}/${entry.path}`)]
    await tar.create({ file: partial, cwd: staging, gzip: true, portable: true }, entries)

    const check = fs.mkdtempSync(path.join(path.dirname(archive), '.backup-check-'))
    try {
      await unpack(partial, check).catch(reword((reason) => `The new backup failed its check (${reason}); it was not kept.`))
    } finally {
      fs.rmSync(check, { recursive: true, force: true })
    }
    fs.renameSync(partial, archive)
    return { archive, manifest, database: file, mediaDir: path.resolve(mediaDir) }
  } finally {
    // Unlink the media link first: the staging directory must never take the real media with it.
    if (fs.lstatSync(media, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(media)
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(partial, { force: true })
  }
}

/**
 * Replaces the database and media with an archive's, after checking it in full (manifest, checksums,
 * PRAGMA integrity_check, row counts). The previous database and media are kept beside the new ones
 * as `<name>.before-restore-<time>`; if anything fails, nothing is changed.
 */
export async function restore({ archive, databaseUri, mediaDir }: RestoreOptions) {
  const file = sqliteFile(databaseUri, 'restore')
  const source = path.resolve(archive)
  const media = path.resolve(mediaDir)
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) throw new BackupError(`There is no archive at ${source}.`)
  requireDirectory(path.dirname(file), 'DATABASE_URI')
  requireDirectory(path.dirname(media), 'MEDIA_DIR')

  // Staged beside the database so that moving it into place is a rename.
  const staging = fs.mkdtempSync(path.join(path.dirname(file), '.restore-'))
  const stamp = timestamp()
  const incomingMedia = `${media}.incoming-${stamp}`
  try {
    const manifest = await unpack(source, staging).catch(
      reword((reason) => `Refusing to restore ${source}: ${reason}. Nothing was changed.`),
    )
    let stagedMedia = path.join(staging, MEDIA)
    fs.mkdirSync(stagedMedia, { recursive: true })
    if (fs.statSync(staging).dev !== fs.statSync(path.dirname(media)).dev) {
      fs.cpSync(stagedMedia, incomingMedia, { recursive: true })
      stagedMedia = incomingMedia
    }
    if (fs.existsSync(file)) await closeForRestore(file)

    const kept = { database: `${file}.before-restore-${stamp}`, mediaDir: `${media}.before-restore-${stamp}` }
    const done: [string, string][] = []
    const move = (from: string, to: string) => {
      fs.renameSync(from, to)
      done.push([from, to])
    }
    try {
      if (fs.existsSync(file)) move(file, kept.database)
      // A WAL left by a crash belongs to the old file; it keeps it openable beside it.
      if (fs.existsSync(`${file}-wal`)) move(`${file}-wal`, `${kept.database}-wal`)
      fs.rmSync(`${file}-shm`, { force: true })
      move(path.join(staging, DATABASE), file)
      if (fs.existsSync(media)) move(media, kept.mediaDir)
      move(stagedMedia, media)
    } catch (error) {
      for (const [from, to] of done.reverse()) fs.renameSync(to, from)
      throw new BackupError(
        `Restore stopped while moving files into place (${messageOf(error)}); the previous ones were put back.`,
      )
    }
    return {
      manifest,
      database: file,
      mediaDir: media,
      kept: {
        database: fs.existsSync(kept.database) ? kept.database : undefined,
        mediaDir: fs.existsSync(kept.mediaDir) ? kept.mediaDir : undefined,
      },
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(incomingMedia, { recursive: true, force: true })
  }
}

/** The SQLite file DATABASE_URI names; the server databases are refused with the tools to use instead. */
function sqliteFile(databaseUri: string | undefined, command: 'backup' | 'restore') {
  const choice = resolveDatabase(databaseUri)
  if (choice.kind === 'sqlite') return choice.file
  const [name, tools] =
    choice.kind === 'postgres'
      ? ['PostgreSQL', 'pg_dump -Fc and pg_restore']
      : ['MongoDB', 'mongodump --archive --gzip and mongorestore']
  throw new BackupError(
    `npm run ${command} handles the embedded SQLite database only, and DATABASE_URI names ${name}. ` +
      `Use ${tools}, and copy the media directory (README, "Backup and restore").`,
  )
}

function requireDirectory(dir: string, variable: string) {
  if (fs.existsSync(dir)) return
  throw new BackupError(`${dir} does not exist: check ${variable}, or create the directory, then restore again.`)
}

function archivePath(out: string | undefined) {
  const name = `news-center-${timestamp()}.tar.gz`
  if (!out) return path.resolve('backups', name)
  const isDir = out.endsWith('/') || fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()
  return path.resolve(isDir ? path.join(out, name) : out)
}

const timestamp = () => new Date().toISOString().replace(/[:.]/g, '-')

/** The manifest for a staged backup: checksums of every file and row counts per table. */
async function manifestFor(dir: string): Promise<BackupManifest> {
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
async function unpack(archive: string, dir: string): Promise<BackupManifest> {
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
  if ((await sha256(database)) !== manifest.database.sha256) throw new BackupError(`${DATABASE} does not match its checksum`)
  const listed = new Set(manifest.media.map((entry) => entry.path))
  const extra = listFiles(path.join(dir, MEDIA)).find((file) => !listed.has(file))
  if (extra) throw new BackupError(`${MEDIA}/${extra} is not in the manifest`)
  for (const entry of manifest.media) {
    const file = path.join(dir, MEDIA, entry.path)
    if (!fs.existsSync(file)) throw new BackupError(`${MEDIA}/${entry.path} is missing`)
    if ((await sha256(file)) !== entry.sha256) throw new BackupError(`${MEDIA}/${entry.path} does not match its checksum`)
  }

  const problem = await withClient(database, async (client) => {
    const { rows } = await client.execute('PRAGMA integrity_check')
    const report = rows.map((row) => String(row.integrity_check))
    if (report.join() !== 'ok') return `${DATABASE} fails PRAGMA integrity_check: ${report.slice(0, 5).join('; ')}`
    const counts = JSON.stringify(await countRows(client))
    return counts === JSON.stringify(manifest.database.tables) ? undefined : `${DATABASE} row counts differ from the manifest`
  }).catch((error: unknown) => `${DATABASE} cannot be read (${messageOf(error)})`)
  if (problem) throw new BackupError(problem)
  return manifest
}

/** Refuses while another process (the server) holds the database open, and folds its WAL into the file. */
async function closeForRestore(file: string) {
  try {
    await withClient(file, async (client) => {
      await client.execute('PRAGMA busy_timeout = 2000')
      // Leaving WAL mode needs the only connection: the server, which always runs in WAL mode, holds one.
      await client.execute('PRAGMA journal_mode = DELETE')
    })
  } catch (error) {
    if (error instanceof Error && 'code' in error && /^SQLITE_(BUSY|LOCKED)/.test(String(error.code))) {
      throw new BackupError(`${file} is in use (is the server running?). Stop it, then restore again. Nothing was changed.`)
    }
    // Any other failure means the current file is damaged, which is a reason to restore, not to stop.
  }
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

async function withClient<T>(file: string, work: (client: Client) => Promise<T>) {
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

/** Gives a BackupError the caller's context; other errors pass through unchanged. */
const reword = (message: (reason: string) => string) => (error: unknown) => {
  throw error instanceof BackupError ? new BackupError(message(error.message)) : error
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
