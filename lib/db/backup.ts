/**
 * Backup and restore for the embedded SQLite database and the uploaded media, as one .tar.gz holding
 * `manifest.json`, `database.db` (a VACUUM INTO snapshot, safe while the server runs) and `media/`
 * (lib/db/backup-archive.ts). PostgreSQL and MongoDB have their own tools (README, "Backup and restore").
 */
import fs from 'node:fs'
import path from 'node:path'

import * as tar from 'tar'

import { BackupError, DATABASE, MANIFEST, MEDIA, manifestFor, messageOf, unpack, withClient } from './backup-archive'
import { resolveDatabase } from './database-url'

export { BackupError, type BackupManifest } from './backup-archive'

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
      await unpack(partial, check).catch(
        reword((reason) => `The new backup failed its check (${reason}); it was not kept.`),
      )
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
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile())
    throw new BackupError(`There is no archive at ${source}.`)
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
      throw new BackupError(
        `${file} is in use (is the server running?). Stop it, then restore again. Nothing was changed.`,
      )
    }
    // Any other failure means the current file is damaged, which is a reason to restore, not to stop.
  }
}

/** Gives a BackupError the caller's context; other errors pass through unchanged. */
const reword = (message: (reason: string) => string) => (error: unknown) => {
  throw error instanceof BackupError ? new BackupError(message(error.message)) : error
}
